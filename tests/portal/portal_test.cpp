// The public portal over HTTP on a loopback port, on the demo's decided cases: only
// published records in their period are readable, redacted data never leaves, bad queries
// get 400 with a message, the rate limit answers 429.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <set>

#include "backend/logic/demoseeder.h"
#include "backend/logic/publicationlogic.h"
#include "backend/logic/publicrecords.h"
#include "backend/portal/portalquery.h"
#include "backend/portal/portalserver.h"
#include "backend/portal/ratelimiter.h"
#include "workflowfixture.h"

namespace fc::test {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// Seeded in the facts of the demo decisions; none may ever be served.
const std::vector<std::string> kPersonal = {"13934561234", "140405198003151234", "7654321", "张建华", "王秀英"};

constexpr const char *kBlacklisted = "91140405082659166A";   // 暗管偷排, published
constexpr const char *kGeneral = "911404050642301719";       // 超标排放, published, 12 months
constexpr const char *kWithdrawnParty = "91140405690999033Q";
constexpr const char *kUnpublishedParty = "91140405852359646H";  // decided, not published

google::protobuf::Struct parseJson(const std::string &body) {
    google::protobuf::Struct out;
    const auto status = google::protobuf::util::JsonStringToMessage(body, &out);
    EXPECT_TRUE(status.ok()) << status.ToString() << "\n" << body;
    return out;
}

class PortalTest : public WorkflowTest {
protected:
    void SetUp() override {
        WorkflowTest::SetUp();
        server::DemoSeeder(*store_, clock_).seedDecisions(*custody_, policy_, domain::WorkCalendar::parse(""));
        // One more case, waiting for its legal review: nothing of it is public.
        notify(majorFine());
        workflow_->recordHearingRequest(principal("supervisor"), caseId_, /*waived=*/true);
        move("supervisor", CaseCommand::SubmitForLegalReview);

        records_ = std::make_unique<server::PublicRecords>(*store_, clock_, policy_);
        portal_ = startPortal(0, 40);
        client_ = std::make_unique<httplib::Client>("127.0.0.1", portal_->port());
    }
    void TearDown() override {
        client_.reset();
        portal_.reset();
        WorkflowTest::TearDown();
    }

    std::unique_ptr<server::portal::PortalServer> startPortal(double rate, double burst) {
        server::portal::PortalOptions options;
        options.listenAddress = "127.0.0.1:0";
        options.ratePerSecond = rate;
        options.burst = burst;
        options.agency = policy_.publication.agency;
        return std::make_unique<server::portal::PortalServer>(*records_, options);
    }

    httplib::Result get(const std::string &path) {
        auto result = client_->Get(path);
        EXPECT_TRUE(result) << path << ": " << httplib::to_string(result.error());
        return result;
    }

    std::vector<std::string> allCaseIds() {
        std::vector<std::string> out;
        for (const auto &c : store_->read([](server::StoreTx &tx) { return tx.listCases(std::nullopt); })) {
            out.push_back(c.id);
        }
        return out;
    }
    std::set<std::string> publishedIds() {
        std::set<std::string> out;
        for (const auto &p : store_->read([](server::StoreTx &tx) { return tx.listPublications(); })) {
            out.insert(p.caseId);
        }
        return out;
    }
    std::string caseOf(const std::string &creditCode) {
        for (const auto &p : store_->read([](server::StoreTx &tx) { return tx.listPublications(); })) {
            if (p.partyCreditCode == creditCode) return p.caseId;
        }
        ADD_FAILURE() << "no publication of " << creditCode;
        return {};
    }
    // Every page and JSON document the portal serves for the demo data.
    std::vector<std::string> everyPath() {
        std::vector<std::string> paths = {"/", "/api/v1/decisions", "/blacklist", "/api/v1/blacklist"};
        for (const auto &id : allCaseIds()) {
            paths.push_back("/decisions/" + id);
            paths.push_back("/api/v1/decisions/" + id);
        }
        for (const auto *code : {kBlacklisted, kGeneral, kWithdrawnParty, kUnpublishedParty}) {
            paths.push_back(std::string("/enterprises/") + code);
            paths.push_back(std::string("/api/v1/enterprises/") + code);
            paths.push_back(std::string("/?code=") + code);
        }
        return paths;
    }

    domain::Policy policy_;
    std::unique_ptr<server::PublicRecords> records_;
    std::unique_ptr<server::portal::PortalServer> portal_;
    std::unique_ptr<httplib::Client> client_;
};

TEST_F(PortalTest, OnlyPublishedRecordsInTheirPeriodAreReachable) {
    const auto published = publishedIds();
    ASSERT_EQ(published.size(), 3u);
    const auto ids = allCaseIds();
    ASSERT_GE(ids.size(), 9u);  // five assigned, four decided, one under review
    for (const auto &id : ids) {
        for (const auto &prefix : {"/decisions/", "/api/v1/decisions/"}) {
            const auto res = get(prefix + id);
            EXPECT_EQ(res->status, published.count(id) ? 200 : 404) << prefix << id;
        }
    }
    auto all = parseJson(get("/api/v1/decisions")->body);
    EXPECT_EQ(all.fields().at("total").number_value(), 3);
    std::set<std::string> listed;
    for (const auto &item : all.fields().at("items").list_value().values()) {
        listed.insert(item.struct_value().fields().at("id").string_value());
    }
    EXPECT_EQ(listed, published);
    // The decided but unpublished case is nowhere, not even on its party's page.
    auto party = parseJson(get(std::string("/api/v1/enterprises/") + kUnpublishedParty)->body);
    EXPECT_EQ(party.fields().at("decisions").list_value().values_size(), 0);
    EXPECT_EQ(parseJson(get(std::string("/api/v1/decisions?code=") + kUnpublishedParty)->body)
                  .fields().at("total").number_value(), 0);

    // A general violation leaves the public view after 12 months, a serious one after 36.
    clock_.advance(366 * kDayMs);
    EXPECT_EQ(get("/decisions/" + caseOf(kGeneral))->status, 404);
    EXPECT_EQ(get("/api/v1/decisions/" + caseOf(kGeneral))->status, 404);
    EXPECT_EQ(get("/decisions/" + caseOf(kBlacklisted))->status, 200);
    EXPECT_EQ(parseJson(get("/api/v1/decisions")->body).fields().at("total").number_value(), 2);
    EXPECT_EQ(parseJson(get(std::string("/api/v1/enterprises/") + kGeneral)->body)
                  .fields().at("decisions").list_value().values_size(), 0);
    clock_.advance(3 * 366 * kDayMs);
    for (const auto &id : published) EXPECT_EQ(get("/decisions/" + id)->status, 404);
    EXPECT_EQ(parseJson(get("/api/v1/decisions")->body).fields().at("total").number_value(), 0);
}

TEST_F(PortalTest, RedactedDataNeverAppearsInAnyPageOrJson) {
    // The seeded facts hold them (SeededPersonalDataIsInTheCasesSoTheScanCanFail).
    int pages = 0;
    for (const auto &path : everyPath()) {
        const auto res = get(path);
        ASSERT_TRUE(res);
        ++pages;
        for (const auto &secret : kPersonal) {
            EXPECT_EQ(res->body.find(secret), std::string::npos) << secret << " in " << path;
        }
    }
    EXPECT_GT(pages, 30);
    const auto page = get("/decisions/" + caseOf(kGeneral))->body;
    EXPECT_NE(page.find("张某某"), std::string::npos);
    EXPECT_NE(page.find("〔电话号码已隐去〕"), std::string::npos);
    EXPECT_NE(page.find("〔身份证号已隐去〕"), std::string::npos);
}

TEST_F(PortalTest, SeededPersonalDataIsInTheCasesSoTheScanCanFail) {
    std::string facts;
    store_->read([&](server::StoreTx &tx) {
        for (const auto &c : tx.listCases(std::nullopt)) {
            if (const auto p = tx.caseProposal(c.id)) facts += p->decision.facts;
        }
    });
    for (const auto &secret : {"13934561234", "140405198003151234", "7654321"}) {
        EXPECT_NE(facts.find(secret), std::string::npos) << secret;
    }
}

TEST_F(PortalTest, WithdrawnDecisionShowsItsWithdrawalInsteadOfItsContent) {
    const auto id = caseOf(kWithdrawnParty);
    const auto json = parseJson(get("/api/v1/decisions/" + id)->body);
    EXPECT_EQ(json.fields().at("status").string_value(), "withdrawn");
    EXPECT_EQ(json.fields().at("withdrawal").struct_value().fields().at("reason").string_value(),
              "行政复议决定变更处罚金额，原处罚决定公示撤回");
    EXPECT_EQ(json.fields().count("facts"), 0u);
    EXPECT_EQ(json.fields().count("conclusion"), 0u);
    const auto html = get("/decisions/" + id)->body;
    EXPECT_NE(html.find("本公示已撤回"), std::string::npos);
    EXPECT_NE(html.find("行政复议决定变更处罚金额"), std::string::npos);
    EXPECT_EQ(html.find("在线监测设备连续停运"), std::string::npos);
}

TEST_F(PortalTest, SearchFiltersPaginatesAndSetsCachingHeaders) {
    const auto total = [&](const std::string &query) {
        const auto res = get("/api/v1/decisions" + query);
        EXPECT_EQ(res->status, 200) << query << res->body;
        return static_cast<int>(parseJson(res->body).fields().at("total").number_value());
    };
    EXPECT_EQ(total(std::string("?code=") + kBlacklisted), 1);
    EXPECT_EQ(total("?code=%20911404050826591" + std::string("66a%20")), 1);  // as typed
    EXPECT_EQ(total("?name=%20" + server::portal::percentEncode("化工") + "%20"), 1);
    EXPECT_EQ(total("?name=" + server::portal::percentEncode("化工")), 1);
    EXPECT_EQ(total("?name=" + server::portal::percentEncode("有限公司")), 3);
    EXPECT_EQ(total("?type=" + server::portal::percentEncode("暗管偷排")), 1);
    EXPECT_EQ(total("?from=2026-03-12&to=2026-03-12"), 3);
    EXPECT_EQ(total("?to=2026-03-11"), 0);

    std::set<std::string> seen;
    std::string next = "/api/v1/decisions?size=1";
    for (int page = 1; page <= 3; ++page) {
        const auto json = parseJson(get(next + "&page=" + std::to_string(page))->body);
        ASSERT_EQ(json.fields().at("items").list_value().values_size(), 1);
        seen.insert(json.fields().at("items").list_value().values(0).struct_value().fields().at("id").string_value());
    }
    EXPECT_EQ(seen, publishedIds());
    const auto html = get("/?size=1&page=2")->body;
    EXPECT_NE(html.find("rel=\"next\" href=\"/?page=3&amp;size=1\""), std::string::npos);
    EXPECT_NE(html.find("rel=\"prev\" href=\"/?size=1\""), std::string::npos);

    const auto ok = get("/");
    EXPECT_EQ(ok->get_header_value("Cache-Control"), "public, max-age=60");
    EXPECT_EQ(ok->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(ok->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(get("/decisions/unknown")->get_header_value("Cache-Control"), "no-store");
}

TEST_F(PortalTest, EnterprisePageShowsCreditLevelListingAndPublishedHistory) {
    const auto json = parseJson(get(std::string("/api/v1/enterprises/") + kBlacklisted)->body);
    EXPECT_EQ(json.fields().at("credit_level").string_value(), "D");
    const auto &listing = json.fields().at("blacklist").struct_value().fields();
    EXPECT_EQ(listing.at("reason").string_value(), "暗管偷排（直接评为D级）");
    EXPECT_EQ(listing.at("listed_on").string_value(), "2026-03-12");
    EXPECT_EQ(listing.at("ends_on").string_value(), "2027-03-11");
    EXPECT_EQ(json.fields().at("decisions").list_value().values_size(), 1);
    EXPECT_EQ(json.fields().count("legal_representative"), 0u);
    EXPECT_NE(get(std::string("/enterprises/") + kBlacklisted)->body.find("id=\"credit-level\">D 级"),
              std::string::npos);
    EXPECT_EQ(parseJson(get(std::string("/api/v1/enterprises/") + kGeneral)->body)
                  .fields().at("credit_level").string_value(), "A");  // 100 - 10 points

    const auto blacklist = parseJson(get("/api/v1/blacklist")->body);
    ASSERT_EQ(blacklist.fields().at("total").number_value(), 1);
    const auto &entry = blacklist.fields().at("items").list_value().values(0).struct_value().fields();
    EXPECT_EQ(entry.at("credit_code").string_value(), kBlacklisted);
    EXPECT_EQ(entry.at("decision_url").string_value(), "/decisions/" + caseOf(kBlacklisted));

    EXPECT_EQ(get("/enterprises/91140405MA0K000000")->status, 400);  // checksum fails
    EXPECT_EQ(get("/api/v1/enterprises/91140405MA0K000000")->status, 400);
}

TEST_F(PortalTest, UnknownIdsAndPathsAnswer404WithAMessage) {
    for (const auto *path : {"/decisions/00000000-0000-4000-8000-000000000000", "/decisions/%27%20OR%201=1",
                             "/decisions/", "/nowhere", "/api/v1/nowhere", "/api/v1/decisions/x/y"}) {
        const auto res = get(path);
        EXPECT_EQ(res->status, 404) << path;
        EXPECT_NE(res->body.find("没有"), std::string::npos) << path;
    }
    const auto json = parseJson(get("/api/v1/decisions/00000000-0000-4000-8000-000000000000")->body);
    EXPECT_EQ(json.fields().at("error").struct_value().fields().at("status").number_value(), 404);
    // A directory enterprise is known; a valid code outside the directory is not.
    EXPECT_EQ(get("/api/v1/enterprises/91110000600037341L")->status, 404);
}

TEST_F(PortalTest, MalformedQueriesAnswer400WithAMessageAndNever500) {
    const std::vector<std::string> bad = {
        "from=2026-13-01",      "from=2026-02-30",         "to=yesterday",        "from=2026-3-1",
        "from=2026-03-12&to=2026-03-01",                   "size=100000",         "size=0",
        "page=0",               "page=-1",                 "page=abc",            "page=99999999999999999999",
        "size=20.5",            "name=%27%20OR%201%3D1%20--", "name=x%22%3B%20DROP%20TABLE%20publications%3B",
        "name=%3Cscript%3E", "name=%25", "name=_",    "code=%27%20OR%20%271%27%3D%271", "code=911404050642301718",
        "type=%27%3B--",        "type=%E4%B8%8D%E5%AD%98%E5%9C%A8", "name=%FF%FE",  "name=%C0%AF",
        "name=%ED%A0%80",       "name=%E4%B8",              "name=a%00b",          "status=withdrawn",
        "name=a&name=b",        "name=" + std::string(101, 'a'), "%FF=1",
    };
    for (const auto &query : bad) {
        for (const auto &base : {"/?", "/api/v1/decisions?"}) {
            const auto res = get(base + query);
            ASSERT_TRUE(res);
            EXPECT_EQ(res->status, 400) << base << query;
            if (std::string(base).find("api") != std::string::npos) {
                const auto json = parseJson(res->body);
                EXPECT_FALSE(json.fields().at("error").struct_value().fields().at("message").string_value().empty());
            } else {
                EXPECT_NE(res->body.find("id=\"error-message\""), std::string::npos) << query;
            }
        }
    }
    for (const auto *path : {"/blacklist?size=51", "/api/v1/blacklist?page=0", "/blacklist?name=x",
                             "/decisions/abc?x=1"}) {
        EXPECT_EQ(get(path)->status, 400) << path;
    }
    // Parentheses and marks of real names are fine.
    EXPECT_EQ(get("/?name=" + server::portal::percentEncode("长治（屯留）A&B-化工."))->status, 200);
}

TEST_F(PortalTest, RateLimitAnswers429WithRetryAfter) {
    // A token every 100 s: the fourth request is over the limit however slow this machine is.
    auto limited = startPortal(0.01, 3);
    httplib::Client client("127.0.0.1", limited->port());
    for (int i = 0; i < 3; ++i) EXPECT_EQ(client.Get("/api/v1/blacklist")->status, 200);
    const auto json = client.Get("/api/v1/blacklist");
    ASSERT_TRUE(json);
    EXPECT_EQ(json->status, 429);
    const int retryAfter = std::stoi(json->get_header_value("Retry-After"));
    EXPECT_GE(retryAfter, 90);
    EXPECT_LE(retryAfter, 100);
    EXPECT_NE(parseJson(json->body).fields().at("error").struct_value().fields().at("message").string_value().find(
                  "请求过于频繁"),
              std::string::npos);
    const auto html = client.Get("/");
    EXPECT_EQ(html->status, 429);
    EXPECT_NE(html->body.find("请求过于频繁"), std::string::npos);
}

TEST_F(PortalTest, ABadListenAddressIsAClearError) {
    for (const auto *address : {"127.0.0.1:http", "127.0.0.1", ":8080", "127.0.0.1:70000"}) {
        server::portal::PortalOptions options;
        options.listenAddress = address;
        try {
            server::portal::PortalServer portal(*records_, options);
            ADD_FAILURE() << address << " was accepted";
        } catch (const std::runtime_error &e) {
            EXPECT_NE(std::string(e.what()).find("HOST:PORT"), std::string::npos) << e.what();
        }
    }
}

TEST(PortalRateLimiter, RefillsAtTheRateAndKeepsClientsApart) {
    auto now = std::chrono::steady_clock::time_point{};
    server::portal::RateLimiter limiter(2, 2, [&] { return now; });
    int retry = 0;
    EXPECT_TRUE(limiter.allow("a", retry));
    EXPECT_TRUE(limiter.allow("a", retry));
    EXPECT_FALSE(limiter.allow("a", retry));
    EXPECT_EQ(retry, 1);
    EXPECT_TRUE(limiter.allow("b", retry));
    now += std::chrono::milliseconds(500);
    EXPECT_TRUE(limiter.allow("a", retry));
    EXPECT_FALSE(limiter.allow("a", retry));
    server::portal::RateLimiter off(0, 1);
    for (int i = 0; i < 100; ++i) EXPECT_TRUE(off.allow("a", retry));
}

TEST(PortalUtf8, AcceptsValidAndRefusesInvalidSequences) {
    using server::portal::isValidUtf8;
    EXPECT_TRUE(isValidUtf8("abc"));
    EXPECT_TRUE(isValidUtf8("羿神源化工（屯留）"));
    EXPECT_TRUE(isValidUtf8("\xF0\x9F\x98\x80"));
    EXPECT_FALSE(isValidUtf8("\xFF"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // a UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xE4\xB8"));          // cut short
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

}  // namespace
}  // namespace fc::test
