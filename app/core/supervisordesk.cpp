#include "supervisordesk.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

namespace {

bool isOpen(fc::domain::CaseStatus status) {
    return status != fc::domain::CaseStatus::Closed && status != fc::domain::CaseStatus::Terminated;
}

QString fieldText(const std::string &field) {
    if (field == "title") return SupervisorDesk::tr("Title");
    if (field == "description") return SupervisorDesk::tr("Description");
    if (field == "due_date") return SupervisorDesk::tr("Due date");
    return QString::fromStdString(field);
}

QString q(const std::string &text) { return QString::fromStdString(text); }

}  // namespace

SupervisorDesk::SupervisorDesk(DeskTransport &transport, QObject *parent) : DeskBase(parent), transport_(transport) {}

SupervisorDesk::Lists SupervisorDesk::read() {
    const auto cases = transport_.listCases();
    const auto officers = transport_.listOfficers();
    const auto due = transport_.dueCases();
    Lists out;

    std::map<std::string, QStringList> overdueKinds;
    for (const auto &d : due) {
        if (d.overdue) overdueKinds[d.caseId] << deadlineText(d.kind);
    }
    auto sortedDue = due;
    std::stable_sort(sortedDue.begin(), sortedDue.end(), [](const auto &a, const auto &b) {
        return a.overdue != b.overdue ? a.overdue : a.dueOn < b.dueOn;
    });
    for (const auto &d : sortedDue) {
        out.deadlines.append(QVariantMap{{"caseId", q(d.caseId)},
                                         {"caseTitle", q(d.caseTitle)},
                                         {"kind", q(d.kind)},
                                         {"kindText", deadlineText(d.kind)},
                                         {"dueOn", q(d.dueOn)},
                                         {"overdue", d.overdue}});
    }

    std::map<std::string, std::pair<int, int>> load;  // officer: open cases, overdue cases
    for (const auto &c : cases) {
        if (!isOpen(c.status)) continue;
        const bool overdue = overdueKinds.count(c.id) > 0;
        QStringList names;
        for (const auto &a : c.assignees) {
            names << q(a.displayName);
            auto &counts = load[a.userId];
            ++counts.first;
            if (overdue) ++counts.second;
        }
        const bool understaffed = c.assignees.size() < 2;
        if (!understaffed && !overdue) continue;
        out.attention.append(QVariantMap{{"caseId", q(c.id)},
                                         {"number", q(c.number)},
                                         {"title", q(c.title)},
                                         {"enterpriseName", q(c.enterpriseName)},
                                         {"statusText", statusText(c.status)},
                                         {"dueDate", q(c.dueDate)},
                                         {"assigneeIds", [&] {
                                              QStringList ids;
                                              for (const auto &a : c.assignees) ids << q(a.userId);
                                              return ids;
                                          }()},
                                         {"assigneeNames", names.join(QStringLiteral("、"))},
                                         {"unassigned", understaffed},
                                         {"overdue", overdue},
                                         {"overdueText", overdueKinds[c.id].join(QStringLiteral("、"))}});
    }

    for (const auto &o : officers) {
        const auto counts = load[o.id];
        out.officers.append(QVariantMap{{"id", q(o.id)}, {"name", q(o.displayName)}, {"certificateNo", q(o.certificateNo)}});
        out.workload.append(QVariantMap{{"id", q(o.id)},
                                        {"name", q(o.displayName)},
                                        {"openCases", counts.first},
                                        {"overdueCases", counts.second}});
    }
    std::stable_sort(out.workload.begin(), out.workload.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value("openCases").toInt() > b.toMap().value("openCases").toInt();
    });

    for (const auto &c : transport_.openConflicts()) {
        out.conflicts.append(QVariantMap{{"id", q(c.id)},
                                         {"caseId", q(c.caseId)},
                                         {"fieldText", fieldText(c.field)},
                                         {"serverValue", q(c.serverValue)},
                                         {"proposedValue", q(c.proposedValue)},
                                         {"proposedBy", q(c.proposedByName)},
                                         {"createdAt", QDateTime::fromMSecsSinceEpoch(c.createdAtMs)}});
    }
    for (const auto &b : transport_.blacklist()) {
        out.blacklist.append(QVariantMap{{"enterpriseCode", q(b.enterpriseCode)},
                                         {"enterpriseName", q(b.enterpriseName)},
                                         {"caseNumber", q(b.caseNumber)},
                                         {"reason", q(b.reason)},
                                         {"listedOn", q(b.listedOn)},
                                         {"endsOn", q(b.endsOn)}});
    }
    return out;
}

void SupervisorDesk::show(Lists lists) {
    attention_ = std::move(lists.attention);
    deadlines_ = std::move(lists.deadlines);
    workload_ = std::move(lists.workload);
    officers_ = std::move(lists.officers);
    conflicts_ = std::move(lists.conflicts);
    blacklist_ = std::move(lists.blacklist);
    emit loaded();
}

void SupervisorDesk::changeThenRead(std::function<void()> change) {
    start([this, change = std::move(change)] {
        if (change) change();
        auto lists = std::make_shared<Lists>(read());
        return [this, lists] { show(std::move(*lists)); };
    });
}

void SupervisorDesk::refresh() { changeThenRead({}); }

void SupervisorDesk::assign(const QString &caseId, const QStringList &officerIds) {
    std::vector<std::string> ids;
    for (const auto &id : officerIds) ids.push_back(id.toStdString());
    changeThenRead([this, caseId = caseId.toStdString(), ids] { transport_.assignCase(caseId, ids); });
}

void SupervisorDesk::resolveConflict(const QString &conflictId, const QString &value) {
    changeThenRead([this, id = conflictId.toStdString(), value = value.toStdString()] {
        transport_.resolveConflict(id, value);
    });
}
