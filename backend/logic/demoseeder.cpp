#include "backend/logic/demoseeder.h"

#include <chrono>
#include <vector>

#include "backend/logic/caselogic.h"
#include "backend/logic/enterprisedirectory.h"
#include "backend/logic/userdirectory.h"
#include "domain/date.h"

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

}  // namespace fc::server
