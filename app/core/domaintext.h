#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

#include "domain/inspectionrecord.h"
#include "domain/noise.h"
#include "domain/ringelmann.h"

// The domain's findings in the inspector's language. The domain speaks fixed English
// sentences (the server logs and rejects in them); they are listed here for lupdate.
class DomainText {
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    // A fixed sentence of the domain, translated; unknown text is returned as it is.
    static QString sentence(const std::string &english);
    static QString problem(const fc::domain::RecordProblem &problem);
    // Why a Ringelmann session has the grade it has, from its numbers.
    static QString ringelmann(const fc::domain::RingelmannResult &result);
    static QString noiseDefect(fc::domain::NoiseDefect defect);
};
