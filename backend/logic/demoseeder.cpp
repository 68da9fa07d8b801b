#include "backend/logic/demoseeder.h"

#include <chrono>
#include <vector>

#include "backend/logic/caselogic.h"
#include "backend/logic/enterprisedirectory.h"
#include "backend/logic/publicationlogic.h"
#include "backend/logic/secrets.h"
#include "backend/logic/userdirectory.h"
#include "backend/logic/workflowlogic.h"
#include "domain/date.h"
#include "domain/sha256.h"

namespace fc::server {
namespace {

struct DemoUser {
    const char *username;
    const char *displayName;
    domain::Role role;
    const char *certificate;
};

constexpr DemoUser kUsers[] = {
    {"supervisor", "赵志刚", domain::Role::Supervisor, "14040520230001"},
    {"inspector1", "李明", domain::Role::Inspector, "14040520230002"},
    {"inspector2", "王芳", domain::Role::Inspector, "14040520230003"},
    {"reviewer", "孙丽", domain::Role::LegalReviewer, ""},
    {"admin", "系统管理员", domain::Role::Admin, ""},
};

struct DemoCase {
    int enterpriseIndex;  // row of the directory
    const char *title;
    int dueInDays;
    std::vector<int> officers;  // indexes into kUsers
};

// A decided case of the demo: its party, its decision, and what happened after it.
struct DemoDecision {
    const char *enterpriseCode;  // of assets/demo/enterprises.csv
    const char *title;
    domain::ProposedDecision decision;
    bool publish;
    const char *withdrawal;  // the decision was changed and the record withdrawn for this reason
    bool awaitingLegalReview = false;  // left in the legal reviewer's queue, undecided
};

std::vector<DemoDecision> demoDecisions() {
    const auto decision = [](std::int64_t fine, const char *type, const char *basis, const char *facts,
                             std::vector<std::string> names) {
        domain::ProposedDecision d;
        d.fineYuan = fine;
        d.violationType = type;
        d.legalBasis = basis;
        d.facts = facts;
        d.personalNames = std::move(names);
        return d;
    };
    return {
        {"911404050642301719", "焦炉烟囱颗粒物超标排放",
         decision(50000, "超标排放", "《中华人民共和国大气污染防治法》第九十九条第二项",
                  "执法人员对当事人焦炉烟囱进行检查，颗粒物排放浓度超过排放标准。现场负责人张建华"
                  "（身份证号140405198003151234，联系电话13934561234）在场并签字确认。",
                  {"张建华"}),
         true, nullptr},
        {"91140405690999033Q", "在线监测设备未正常运行",
         decision(300000, "未按规定监测", "《中华人民共和国水污染防治法》第八十二条第二项",
                  "当事人废水总排口在线监测设备连续停运十二日，未按规定保存原始监测记录。", {}),
         true, "行政复议决定变更处罚金额，原处罚决定公示撤回"},
        {"91140405082659166A", "私设暗管排放生产废水",
         decision(150000, "暗管偷排", "《中华人民共和国水污染防治法》第八十三条第三项",
                  "当事人通过厂区东侧私设暗管排放生产废水。举报人王秀英（电话0355-7654321）反映夜间排放异常，"
                  "经现场核查属实。",
                  {"王秀英"}),
         true, nullptr},
        {"91140405852359646H", "未按规定公开环境信息",
         decision(20000, "未按规定公开信息", "《企业环境信息依法披露管理办法》第二十八条",
                  "当事人未按规定披露年度环境信息。", {}),
         false, nullptr},
        {"911404053025338060", "擅自停运脱硫设施超标排放",
         [&] {
             auto d = decision(600000, "超标排放", "《中华人民共和国大气污染防治法》第九十九条第二项、第三项",
                               "执法人员检查发现当事人2号燃煤锅炉脱硫设施停运，二氧化硫排放浓度超过排放标准2.3倍，"
                               "企业未报告停运原因。",
                               {});
             d.measures = {"责令停产整治"};
             return d;
         }(),
         false, nullptr, true},
        {"911404050464979990", "搅拌站扬尘污染防治措施未落实",
         [&] {
             auto d = decision(80000, "其他违法行为", "《中华人民共和国大气污染防治法》第一百零八条第五项",
                               "当事人砂石料堆场未密闭、未覆盖，装卸作业未采取喷淋措施，厂界扬尘明显。", {});
             d.measures = {"责令停产整治"};
             return d;
         }(),
         false, nullptr, true},
    };
}

}  // namespace

DemoSeeder::DemoSeeder(Store &store, const Clock &clock) : store_(store), clock_(clock) {}

bool DemoSeeder::seed(std::string_view enterprisesCsv) {
    const bool empty = store_.transact([](StoreTx &tx) { return tx.listUsers().empty(); });
    if (!empty) return false;

    UserDirectory users(store_, clock_);
    std::vector<std::string> ids;
    for (const auto &u : kUsers) {
        ids.push_back(users.createUser({u.username, u.displayName, u.role,
                                        std::string(kJurisdiction), u.certificate,
                                        std::string(kPassword)}));
    }
    EnterpriseDirectory directory(store_);
    directory.importCsv(enterprisesCsv);
    const auto enterprises = EnterpriseDirectory::parseCsv(enterprisesCsv);

    const std::vector<DemoCase> cases = {
        {0, "焦炉烟囱黑度例行检查", 5, {1, 2}},
        {1, "群众举报夜间噪声扰民核查", 3, {1, 0}},
        {2, "洗煤厂扬尘防治措施检查", 10, {2, 0}},
        {3, "危险废物贮存场所专项检查", 7, {1, 2}},
        {4, "锅炉排放烟气林格曼黑度复查", 14, {}},
    };
    const Principal supervisor{ids[0], kUsers[0].username, kUsers[0].displayName,
                               domain::Role::Supervisor, std::string(kJurisdiction), ""};
    CaseLogic caseLogic(store_, clock_);
    const auto today = std::chrono::sys_days(domain::localDateOf(clock_.nowMs()));
    for (const auto &c : cases) {
        CaseLogic::NewCase request;
        request.title = c.title;
        request.enterpriseCode = enterprises.at(static_cast<std::size_t>(c.enterpriseIndex)).creditCode;
        request.dueDate = domain::formatIsoDate(today + std::chrono::days(c.dueInDays));
        for (int officer : c.officers) request.assigneeIds.push_back(ids[static_cast<std::size_t>(officer)]);
        caseLogic.create(supervisor, request);
    }
    return true;
}

void DemoSeeder::seedDecisions(CustodyLog &custody, const domain::Policy &policy,
                               const domain::WorkCalendar &calendar) {
    const auto users = store_.read([](StoreTx &tx) { return tx.listUsers(); });
    const auto principal = [&](std::string_view username) {
        for (const auto &u : users) {
            if (u.username == username) {
                return Principal{u.id, u.username, u.displayName, u.role, u.jurisdiction, ""};
            }
        }
        throw std::runtime_error("seed the demo users first");
    };
    const auto supervisor = principal("supervisor");
    const auto inspector = principal("inspector2");
    const auto reviewer = principal("reviewer");

    CaseLogic cases(store_, clock_);
    WorkflowLogic workflow(store_, clock_, custody, policy, calendar);
    PublicationLogic publication(store_, clock_, custody, policy);
    const auto move = [&](const Principal &who, const std::string &caseId, domain::CaseCommand command,
                          const std::string &detail = {}) { workflow.advance(who, caseId, command, detail); };
    for (const auto &demo : demoDecisions()) {
        const auto found = store_.read([&](StoreTx &tx) { return tx.enterpriseByCode(demo.enterpriseCode); });
        if (!found) throw std::runtime_error(std::string("the directory has no enterprise ") + demo.enterpriseCode);
        const auto &party = *found;
        CaseLogic::NewCase request;
        request.title = demo.title;
        request.enterpriseCode = party.creditCode;
        request.dueDate = domain::formatIsoDate(domain::localDateOf(clock_.nowMs()));
        request.assigneeIds = {supervisor.userId, inspector.userId};
        const auto caseId = cases.create(supervisor, request).id;

        // The inspection as two officers' devices would have synced it.
        store_.transact([&](StoreTx &tx) {
            domain::InspectionRecord r;
            r.id = newUuid();
            r.caseId = caseId;
            r.startedAtMs = clock_.nowMs() - 3'600'000;
            r.endedAtMs = clock_.nowMs() - 1'800'000;
            r.place = party.address;
            r.officers = {{supervisor.userId, supervisor.displayName, "14040520230001", {}},
                          {inspector.userId, inspector.displayName, "14040520230003", {}}};
            r.partyName = party.name;
            r.credentialsShown = true;
            r.rightsExplained = true;
            r.findings = demo.decision.facts;
            r.createdBy = inspector.userId;
            tx.insertInspectionRecord(r, clock_.nowMs());
            custody.append(tx, domain::custody::Kind::InspectionRecord, r.id);
            domain::EvidenceItem photo;
            photo.id = domain::Sha256::hex(r.id);  // a placeholder photo the device has not uploaded
            photo.caseId = caseId;
            photo.mimeType = "image/jpeg";
            photo.size = 1;
            photo.capturedAtMs = r.startedAtMs;
            photo.capturedBy = inspector.userId;
            tx.insertEvidence(photo);
            custody.append(tx, domain::custody::Kind::Evidence, photo.id);
            // In the change feed as a device's push puts them, so other devices pull them.
            tx.recordChange(ChangeKind::InspectionRecord, r.id, caseId);
            tx.recordChange(ChangeKind::Evidence, photo.id, caseId);
            custody.seal(tx);
        });
        // The works were stopped at the inspection: the violation ended that day.
        workflow.advance(supervisor, caseId, domain::CaseCommand::File, {},
                         domain::ViolationEnd{domain::localDateOf(clock_.nowMs()), false});
        move(supervisor, caseId, domain::CaseCommand::Investigate);
        move(supervisor, caseId, domain::CaseCommand::SubmitForCaseReview);
        workflow.propose(supervisor, caseId, demo.decision);
        move(supervisor, caseId, domain::CaseCommand::Notify);
        if (domain::hearingRightsDue(demo.decision, policy.hearing)) {
            workflow.recordHearingRequest(supervisor, caseId, /*waived=*/true);
        }
        if (demo.awaitingLegalReview) {
            move(supervisor, caseId, domain::CaseCommand::SubmitForLegalReview);
            continue;
        }
        if (domain::isMajorDecision(demo.decision, false, policy.major)) {
            move(supervisor, caseId, domain::CaseCommand::SubmitForLegalReview);
            move(reviewer, caseId, domain::CaseCommand::ApproveReview, "同意");
        }
        move(supervisor, caseId, domain::CaseCommand::Decide);
        if (!demo.publish) continue;
        publication.publish(supervisor, caseId);
        if (demo.withdrawal) {
            publication.recordDecisionChange(supervisor, caseId, demo.withdrawal);
            publication.withdraw(supervisor, caseId, demo.withdrawal);
        }
    }
}

}  // namespace fc::server
