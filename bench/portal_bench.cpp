// Portal search throughput and p99 latency with 10,000 published decisions, under wrk on
// loopback, beside the same server's trivial /healthz measured in the same run (the cost of
// HTTP, the thread pool and the rate-limit check alone). The issue sets no goal: the bench
// fails only if any request errs or answers other than 200.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

#include "backend/logic/enterprisedirectory.h"
#include "backend/logic/publicrecords.h"
#include "backend/portal/portalquery.h"
#include "backend/portal/portalserver.h"
#include "backend/store/sqlitestore.h"
#include "domain/date.h"

namespace {

using namespace fc;

class FixedClock final : public server::Clock {
public:
    std::int64_t nowMs() const override { return 1780000000000; }  // 2026-05-28
};

constexpr int kDecisions = 10000;

std::string readAll(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// 10,000 public records over the demo directory, decided over the 300 days before the
// clock's today, a tenth of them serious, a twentieth withdrawn.
void seed(server::Store &store, const std::vector<domain::Enterprise> &enterprises, const domain::Policy &policy) {
    const std::vector<std::string> types = {"超标排放", "未按规定监测", "未按规定公开信息", "暗管偷排", "其他违法行为"};
    const auto today = std::chrono::sys_days(domain::localDateOf(FixedClock().nowMs()));
    store.transact([&](server::StoreTx &tx) {
        server::UserRow user;
        user.id = "bench-supervisor";
        user.username = "supervisor";
        user.displayName = "赵志刚";
        user.role = domain::Role::Supervisor;
        user.jurisdiction = "140405";
        user.passwordHash = "-";
        tx.insertUser(user);
        for (const auto &e : enterprises) tx.upsertEnterprise(e);
        for (int i = 0; i < kDecisions; ++i) {
            const auto &party = enterprises[static_cast<std::size_t>(i) % enterprises.size()];
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
            domain::CaseRecord c;
            c.id = id;
            c.number = "140405-2026-" + std::to_string(100000 + i);
            c.title = "公示基准案件";
            c.enterpriseCode = party.creditCode;
            c.status = domain::CaseStatus::Closed;
            c.dueDate = "2026-01-01";
            tx.insertCase(c);
            domain::PublicDecision p;
            p.caseId = c.id;
            p.caseNumber = c.number;
            p.agency = policy.publication.agency;
            p.partyName = party.name;
            p.partyCreditCode = party.creditCode;
            p.violationType = types[static_cast<std::size_t>(i) % types.size()];
            p.facts = "经查，当事人" + party.name + "存在" + p.violationType + "行为，现场负责人某某在场。";
            p.conclusion = "罚款 " + std::to_string(10000 + (i % 50) * 1000) + " 元";
            p.legalBasis = "《中华人民共和国大气污染防治法》第九十九条";
            p.serious = i % 10 == 0;
            p.decidedOn = domain::Date(today - std::chrono::days(i % 300 + 7));
            p.publishedOn = domain::Date(today - std::chrono::days(i % 300));
            p.visibleUntil = domain::Date(today + std::chrono::days(p.serious ? 700 : 60));
            p.publishedAtMs = 1770000000000 + i;
            p.publishedBy = user.id;
            if (i % 20 == 7) {
                p.status = domain::PublicDecision::Status::Withdrawn;
                p.withdrawnAtMs = p.publishedAtMs + 86'400'000;
                p.withdrawalReason = "原处罚决定被依法变更";
                p.withdrawnBy = user.id;
            }
            tx.upsertPublication(p);
        }
    });
}

struct Load {
    double requestsPerSecond = 0;
    double p99Ms = 0;
    bool clean = false;  // no socket errors, every answer 2xx
};

double toMs(double value, const std::string &unit) {
    if (unit == "us") return value / 1000;
    if (unit == "s") return value * 1000;
    return value;
}

Load wrk(const std::string &url, int seconds) {
    const auto command = "wrk -t2 -c16 -d" + std::to_string(seconds) + "s --latency '" + url + "' 2>&1";
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run wrk (./dev setup installs it)");
    std::string out;
    char buf[4096];
    while (const auto n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
    const int status = pclose(pipe);
    Load load;
    std::smatch m;
    if (status != 0 || !std::regex_search(out, m, std::regex(R"(Requests/sec:\s+([0-9.]+))"))) {
        throw std::runtime_error("wrk failed on " + url + ":\n" + out);
    }
    load.requestsPerSecond = std::stod(m[1]);
    if (std::regex_search(out, m, std::regex(R"(\n\s+99%\s+([0-9.]+)(us|ms|s)\b)"))) {
        load.p99Ms = toMs(std::stod(m[1]), m[2]);
    }
    load.clean = out.find("Non-2xx") == std::string::npos && out.find("Socket errors") == std::string::npos;
    if (!load.clean) std::cerr << out;
    return load;
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("fieldcase-bench-portal-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    bool ok = true;
    try {
        const domain::Policy policy;
        const auto enterprises = server::EnterpriseDirectory::parseCsv(readAll(FIELDCASE_DEMO_ENTERPRISES));
        server::SqliteStore store(dir);
        std::printf("seeding %d published decisions over %zu enterprises ...\n", kDecisions, enterprises.size());
        seed(store, enterprises, policy);
        FixedClock clock;
        server::PublicRecords records(store, clock, policy);
        server::portal::PortalOptions options;
        options.listenAddress = "127.0.0.1:0";
        options.ratePerSecond = 0;  // one client address generates the whole load
        options.agency = policy.publication.agency;
        server::portal::PortalServer portal(records, options);
        const auto base = "http://127.0.0.1:" + std::to_string(portal.port());
        const int seconds = std::getenv("BENCH_QUICK") ? 2 : 6;

        const auto baseline = wrk(base + "/healthz", seconds);
        std::printf("%-44s %10.0f req/s   p99 %7.2f ms\n", "baseline: GET /healthz", baseline.requestsPerSecond,
                    baseline.p99Ms);
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"search by name (JSON, 20 of ~1,400)", "/api/v1/decisions?name=" + server::portal::percentEncode("化工")},
            {"search by name (HTML page 3)", "/?name=" + server::portal::percentEncode("有限公司") + "&page=3"},
            {"search by credit code (HTML)", "/?code=" + enterprises.front().creditCode},
            {"search by type and dates (JSON)",
             "/api/v1/decisions?type=" + server::portal::percentEncode("暗管偷排") + "&from=2026-01-01&to=2026-03-31"},
            {"decision page (HTML)", "/decisions/00000000-0000-4000-8000-000000004242"},
            {"enterprise page (HTML)", "/enterprises/" + enterprises.front().creditCode},
        };
        for (const auto &[name, path] : cases) {
            const auto load = wrk(base + path, seconds);
            std::printf("%-44s %10.0f req/s   p99 %7.2f ms   ratio to baseline %.3f%s\n", name.c_str(),
                        load.requestsPerSecond, load.p99Ms, load.requestsPerSecond / baseline.requestsPerSecond,
                        load.clean ? "" : "   ERRORS");
            ok = ok && load.clean;
        }
        ok = ok && baseline.clean;
    } catch (const std::exception &e) {
        std::cerr << "bench_portal: " << e.what() << std::endl;
        ok = false;
    }
    std::filesystem::remove_all(dir);
    return ok ? 0 : 1;
}
