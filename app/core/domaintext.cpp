#include "domaintext.h"

namespace {

// Every fixed sentence of domain/inspectionrecord.cpp and domain/reading.cpp.
[[maybe_unused]] const char *const kSentences[] = {
    QT_TRANSLATE_NOOP("DomainText", "the record id is not a UUID"),
    QT_TRANSLATE_NOOP("DomainText", "the record belongs to no case"),
    QT_TRANSLATE_NOOP("DomainText",
                      "the inspection must have a start time and end no earlier than it starts"),
    QT_TRANSLATE_NOOP("DomainText", "the place is missing"),
    QT_TRANSLATE_NOOP("DomainText", "at least two different officers must take part"),
    QT_TRANSLATE_NOOP("DomainText", "the officer has no enforcement certificate number"),
    QT_TRANSLATE_NOOP("DomainText", "the officer has not signed"),
    QT_TRANSLATE_NOOP("DomainText", "the party is missing"),
    QT_TRANSLATE_NOOP("DomainText", "the officers must show their credentials"),
    QT_TRANSLATE_NOOP("DomainText", "the recusal right and the duty to cooperate must be explained"),
    QT_TRANSLATE_NOOP("DomainText", "the findings are empty"),
    QT_TRANSLATE_NOOP("DomainText", "the evidence id is malformed"),
    QT_TRANSLATE_NOOP("DomainText", "note why the party did not sign"),
    QT_TRANSLATE_NOOP("DomainText", "a witness must be named and sign when the party does not"),
    QT_TRANSLATE_NOOP("DomainText", "name the person present for the party"),
    QT_TRANSLATE_NOOP("DomainText", "the party has not signed"),
    QT_TRANSLATE_NOOP("DomainText", "a correction must give its reason"),
    QT_TRANSLATE_NOOP("DomainText", "the reading id is not a UUID"),
    QT_TRANSLATE_NOOP("DomainText", "the reading belongs to no case"),
    QT_TRANSLATE_NOOP("DomainText", "the reading has no time"),
    QT_TRANSLATE_NOOP("DomainText", "the session ends before it starts"),
    QT_TRANSLATE_NOOP("DomainText", "the distance to the stack is out of range"),
    QT_TRANSLATE_NOOP("DomainText", "the bearing must be 0-360 degrees"),
    QT_TRANSLATE_NOOP("DomainText", "the wind speed is out of range"),
    QT_TRANSLATE_NOOP("DomainText", "noise levels must be 0-160 dB(A)"),
    QT_TRANSLATE_NOOP("DomainText", "Lmax must be 0-160 dB(A)"),
    QT_TRANSLATE_NOOP("DomainText", "calibration values must be 80-130 dB"),
    QT_TRANSLATE_NOOP("DomainText", "the meter class is 1 or 2"),
    QT_TRANSLATE_NOOP("DomainText", "the zone class is 0-4"),
    QT_TRANSLATE_NOOP("DomainText", "name the meter and its serial"),
    QT_TRANSLATE_NOOP("DomainText", "describe the measurement point"),
    QT_TRANSLATE_NOOP("DomainText", "the measurement has no time"),
};

}  // namespace

QString DomainText::sentence(const std::string &english) {
    return QCoreApplication::translate("DomainText", english.c_str());
}

QString DomainText::problem(const fc::domain::RecordProblem &p) {
    const QString message = sentence(p.message);
    return p.subject.empty() ? message : QString::fromStdString(p.subject) + QStringLiteral("：") + message;
}

QString DomainText::ringelmann(const fc::domain::RingelmannResult &r) {
    using fc::domain::RingelmannStatus;
    if (r.status == RingelmannStatus::Invalid) return tr("No valid readings yet.");
    if (r.status == RingelmannStatus::Incomplete) {
        return tr("%1 min %2 s observed of the 30 min HJ/T 398-2007 requires.")
            .arg(r.observedSeconds / 60)
            .arg(r.observedSeconds % 60);
    }
    QString text;
    switch (r.decidingRule) {
    case 1: text = tr("Rule 1: a reading of grade 5."); break;
    case 2:
    case 3:
    case 4:
    case 5: {
        const int grade = 6 - r.decidingRule;
        text = tr("Rule %1: %2 s at grade %3 or above, more than 2 minutes.")
                   .arg(r.decidingRule)
                   .arg(r.secondsAtLeast(grade))
                   .arg(grade);
        break;
    }
    case 6: text = tr("Rule 6: %1 s below grade 1, more than 28 minutes.").arg(r.secondsBelowOne); break;
    default:
        text = tr("No rule holds: exactly 2 minutes at grade 1 or above; reported as < 1.");
        break;
    }
    if (r.boundaryCase) text += QLatin1Char(' ') + tr("Boundary case: the reviewer must check it.");
    if (r.overcast) text += QLatin1Char(' ') + tr("Overcast sky recorded (readings not adjusted).");
    return text;
}

QString DomainText::noiseDefect(fc::domain::NoiseDefect d) {
    using fc::domain::NoiseDefect;
    switch (d) {
    case NoiseDefect::BadInput: return tr("a value is not a possible reading; correct it");
    case NoiseDefect::CalibrationDrift:
        return tr("the calibrations before and after differ by more than 0.5 dB; calibrate and "
                  "measure again");
    case NoiseDefect::ClassOneMeterRequired:
        return tr("below 35 dB(A) a class 1 meter is required; measure again with one");
    case NoiseDefect::BackgroundTooClose:
        return tr("the level is less than 3 dB above the background; reduce the background and "
                  "measure again");
    }
    return {};
}
