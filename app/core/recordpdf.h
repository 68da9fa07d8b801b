#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include "domain/inspectionrecord.h"

// The on-site inspection record laid out as the paper form (现场检查笔录) and rendered to
// PDF in memory, for printing on site. The form's wording is the bureau's legal Chinese
// text whatever the UI language (docs/ARCHITECTURE.md).
class RecordPdf {
public:
    struct EvidenceLine {
        QString kind;
        QString description;
        QString id;
        QString time;
    };

    struct Input {
        fc::domain::InspectionRecord record;
        QString agency;
        QString caseNumber;
        QString caseTitle;
        QString creditCode;
        QString enterpriseAddress;
        QString legalRepresentative;
        QList<EvidenceLine> evidence;
        QMap<QString, QImage> signatures;  // by evidence id
    };

    static QByteArray render(const Input &input);
    // The form as HTML (what render() lays out), for previews.
    static QString html(const Input &input);
};
