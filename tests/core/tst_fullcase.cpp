// A whole case through the real server's gRPC, with a real device: a supervisor assigns
// it, an inspector's device records the photo and the on-site record and syncs them, the
// case is filed, reviewed (returned once, then approved), decided, published on time with
// personal data redacted; the enterprise drops to D and onto the blacklist, and is
// repaired once the waiting period has passed.
#include <QtTest>

#include <grpcpp/grpcpp.h>

#include "evidencerecorder.h"
#include "fieldcase/v1/auth.grpc.pb.h"
#include "fieldcase/v1/cases.grpc.pb.h"
#include "fieldcase/v1/enterprises.grpc.pb.h"
#include "inspectionrecordform.h"
#include "localrecords.h"
#include "sitelocator.h"
#include "testdevice.h"
#include "testserver.h"

namespace v1 = fieldcase::v1;

namespace {

constexpr auto kDay = std::chrono::hours(24);
const char *kEnterprise = "911404050642301719";

QImage scribble(int seed) {
    QImage image(400, 150, QImage::Format_ARGB32);
    image.fill(Qt::white);
    for (int x = 20; x < 380; ++x) image.setPixel(x, 75 + ((x + seed) % 40) - 20, qRgb(0, 0, 0));
    return image;
}

// A staff member at a desk: signs in and calls the case and enterprise services.
class Desk {
public:
    Desk(const QString &address, std::string username)
        : channel_(grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials())),
          auth_(v1::AuthService::NewStub(channel_)),
          cases(v1::CaseService::NewStub(channel_)),
          enterprises(v1::EnterpriseService::NewStub(channel_)),
          username_(std::move(username)),
          deviceId_(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()) {
        signIn();
    }

    // Sessions end after hours; a desk that waited days signs in again.
    void signIn() {
        v1::LoginRequest request;
        request.set_username(username_);
        request.set_password(TestServer::demoPassword().toStdString());
        request.set_device_id(deviceId_);
        request.set_device_name("desk");
        v1::LoginResponse response;
        grpc::ClientContext context;
        const auto status = auth_->Login(&context, request, &response);
        if (!status.ok()) qFatal("sign-in of %s failed: %s", username_.c_str(), status.error_message().c_str());
        token_ = response.session_token();
    }

    std::unique_ptr<grpc::ClientContext> context() const {
        auto c = std::make_unique<grpc::ClientContext>();
        c->AddMetadata("authorization", "Bearer " + token_);
        c->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        return c;
    }

    grpc::Status advance(const std::string &caseId, v1::CaseCommand command, const std::string &detail = {}) {
        v1::AdvanceCaseRequest request;
        request.set_case_id(caseId);
        request.set_command(command);
        request.set_detail(detail);
        return advance(request);
    }
    grpc::Status advance(const v1::AdvanceCaseRequest &request) {
        v1::AdvanceCaseResponse response;
        return cases->AdvanceCase(context().get(), request, &response);
    }

    std::shared_ptr<grpc::Channel> channel_;
    std::unique_ptr<v1::AuthService::Stub> auth_;
    std::unique_ptr<v1::CaseService::Stub> cases;
    std::unique_ptr<v1::EnterpriseService::Stub> enterprises;

private:
    std::string username_;
    std::string deviceId_;
    std::string token_;
};

#define QVERIFY_OK(expr)                                                          \
    do {                                                                          \
        const grpc::Status status_ = (expr);                                      \
        QVERIFY2(status_.ok(), status_.error_message().c_str());                  \
    } while (false)

v1::ProposedDecision decision(std::int64_t fine) {
    v1::ProposedDecision d;
    d.set_fine_yuan(fine);
    d.add_measures("责令停产整治");
    d.set_violation_type("暗管偷排");
    d.set_legal_basis("《中华人民共和国水污染防治法》第八十三条第三项");
    d.set_facts("经现场检查，该公司在厂区东侧设置暗管排放生产废水。车间主任王小明（身份证号140405198803120036，"
                "联系电话13835501234）承认暗管系其安排铺设，工资卡号6222020012345678901。");
    d.add_personal_names("王小明");
    return d;
}

}  // namespace

class TestFullCase : public QObject {
    Q_OBJECT

private slots:
    void aCaseRunsFromAssignmentToARepairedBlacklisting() {
        TestServer server;
        Desk supervisor(server.address(), "supervisor");
        Desk reviewer(server.address(), "reviewer");

        // Assigned: two officers with enforcement certificates.
        v1::ListOfficersResponse officers;
        QVERIFY_OK(supervisor.cases->ListOfficers(supervisor.context().get(), {}, &officers));
        v1::CreateCaseRequest create;
        create.set_title("暗管排放线索核查");
        create.set_enterprise_code(kEnterprise);
        create.set_due_date("2026-12-31");
        for (const auto &o : officers.officers()) {
            if (o.username() == "inspector1" || o.username() == "inspector2") create.add_assignee_ids(o.id());
        }
        QCOMPARE(create.assignee_ids_size(), 2);
        v1::CreateCaseResponse created;
        QVERIFY_OK(supervisor.cases->CreateCase(supervisor.context().get(), create, &created));
        const std::string caseId = created.case_record().id();
        const QString qCaseId = QString::fromStdString(caseId);

        // Inspected: the device pulls the case, takes a photo and the on-site record with both
        // officers' signatures, and syncs them.
        QTemporaryDir deviceDir;
        TestDevice device(server.address(), deviceDir.path());
        QCOMPARE(device.session.signInNow("inspector1", TestServer::demoPassword()), QString());
        device.syncUntilDone();
        QVERIFY(device.store.transact([&](fc::sqlite::Database &db) { return LocalRecords::caseById(db, qCaseId).has_value(); }));
        Clock deviceClock;
        SiteLocator locator(device.store);
        EvidenceRecorder recorder(device.store, locator, deviceClock);
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QVERIFY(!recorder.addCameraImage(qCaseId, photo, "厂区东侧暗管出口").isEmpty());
        InspectionRecordForm form(device.store, recorder, locator, deviceClock);
        QVERIFY(form.begin(qCaseId));
        QCOMPARE(form.officers().size(), 2);
        form.setProperty("place", "厂区东侧围墙外");
        form.setProperty("findings", "发现暗管一根，正在排放废水。");
        form.setProperty("credentialsShown", true);
        form.setProperty("rightsExplained", true);
        form.setProperty("partyRepresentative", "王小明");
        QVERIFY(form.signOfficer(0, scribble(1)));
        QVERIFY(form.signOfficer(1, scribble(2)));
        QVERIFY(form.signParty(scribble(3)));
        QVERIFY2(!form.save().isEmpty(), qPrintable(form.errorText()));
        device.syncUntilDone();
        QCOMPARE(device.outboxCount(), 0);

        // Filed and investigated; the case review needs the evidence the device sent.
        v1::AdvanceCaseRequest filing;
        filing.set_case_id(caseId);
        filing.set_command(v1::CASE_COMMAND_FILE);
        filing.set_violation_continuing(true);  // the pipe was discharging when found
        QVERIFY_OK(supervisor.advance(filing));
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_INVESTIGATE));
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_SUBMIT_FOR_CASE_REVIEW));
        v1::ProposeDecisionRequest propose;
        propose.set_case_id(caseId);
        *propose.mutable_decision() = decision(150000);
        v1::ProposeDecisionResponse proposed;
        QVERIFY_OK(supervisor.cases->ProposeDecision(supervisor.context().get(), propose, &proposed));
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_NOTIFY));

        // Reviewed: a major decision (停产整治) is returned once with written problems,
        // fixed, resubmitted and approved; it cannot be decided before.
        QCOMPARE(supervisor.advance(caseId, v1::CASE_COMMAND_DECIDE).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_SUBMIT_FOR_LEGAL_REVIEW));
        QCOMPARE(reviewer.advance(caseId, v1::CASE_COMMAND_RETURN_REVIEW).error_code(),
                 grpc::StatusCode::FAILED_PRECONDITION);  // no problems written
        QVERIFY_OK(reviewer.advance(caseId, v1::CASE_COMMAND_RETURN_REVIEW, "罚款数额未说明裁量基准的适用理由"));
        QCOMPARE(supervisor.advance(caseId, v1::CASE_COMMAND_DECIDE).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        *propose.mutable_decision() = decision(120000);
        QVERIFY_OK(supervisor.cases->ProposeDecision(supervisor.context().get(), propose, &proposed));
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_SUBMIT_FOR_LEGAL_REVIEW));
        QVERIFY_OK(reviewer.advance(caseId, v1::CASE_COMMAND_APPROVE_REVIEW, "同意"));
        // 停产整治 carries hearing rights: no decision while the party may still ask, until it
        // waives the hearing in writing.
        QCOMPARE(supervisor.advance(caseId, v1::CASE_COMMAND_DECIDE).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        v1::RecordHearingRequestRequest waiver;
        waiver.set_case_id(caseId);
        waiver.set_waived(true);
        v1::RecordHearingRequestResponse waived;
        QVERIFY_OK(supervisor.cases->RecordHearingRequest(supervisor.context().get(), waiver, &waived));
        QVERIFY_OK(supervisor.advance(caseId, v1::CASE_COMMAND_DECIDE));

        // The officers' devices learn the decision on their next pull.
        device.syncUntilDone();
        const auto onDevice = device.store.transact([&](fc::sqlite::Database &db) { return LocalRecords::caseById(db, qCaseId); });
        QVERIFY(onDevice);
        QCOMPARE(onDevice->status, fc::domain::CaseStatus::Decided);

        // Published on time: two days later, with the publication period still running.
        server.advanceClock(2 * kDay);
        supervisor.signIn();
        reviewer.signIn();
        v1::ListDueCasesResponse due;
        QVERIFY_OK(supervisor.cases->ListDueCases(supervisor.context().get(), {}, &due));
        std::string publicationDue;
        for (const auto &item : due.items()) {
            if (item.case_id() == caseId && item.kind() == "publication") publicationDue = item.due_on();
        }
        QVERIFY(!publicationDue.empty());
        v1::PublishDecisionRequest publish;
        publish.set_case_id(caseId);
        v1::PublishDecisionResponse published;
        QVERIFY_OK(supervisor.cases->PublishDecision(supervisor.context().get(), publish, &published));
        const auto &record = published.record();
        QVERIFY2(record.published_on() <= publicationDue, record.published_on().c_str());
        QCOMPARE(record.party_credit_code(), std::string(kEnterprise));
        QCOMPARE(record.conclusion(), std::string("罚款 120000 元；责令停产整治"));
        QVERIFY(record.serious());
        const std::string everything = record.SerializeAsString();
        for (const char *personal : {"王小明", "140405198803120036", "13835501234", "6222020012345678901"}) {
            QVERIFY2(everything.find(personal) == std::string::npos, personal);
        }
        QVERIFY(record.facts().find("车间主任王某某") != std::string::npos);
        QVERIFY_OK(supervisor.cases->ListDueCases(supervisor.context().get(), {}, &due));
        for (const auto &item : due.items()) QVERIFY(!(item.case_id() == caseId && item.kind() == "publication"));

        // Credit: a direct-to-D violation puts the enterprise on the blacklist.
        v1::GetCreditRequest creditRequest;
        creditRequest.set_credit_code(kEnterprise);
        v1::GetCreditResponse credit;
        QVERIFY_OK(supervisor.enterprises->GetCredit(supervisor.context().get(), creditRequest, &credit));
        QCOMPARE(credit.level(), v1::CREDIT_LEVEL_D);
        QCOMPARE(credit.history_size(), 1);
        QCOMPARE(credit.history(0).case_id(), caseId);
        v1::ListBlacklistResponse blacklist;
        QVERIFY_OK(reviewer.enterprises->ListBlacklist(reviewer.context().get(), {}, &blacklist));
        QCOMPARE(blacklist.entries_size(), 1);
        QCOMPARE(blacklist.entries(0).case_id(), caseId);
        QVERIFY(!blacklist.entries(0).ends_on().empty());

        // Repaired: refused inside the waiting period, granted after it.
        v1::ApplyCreditRepairRequest apply;
        apply.set_credit_code(kEnterprise);
        apply.set_statement("暗管已拆除，排污口规范化整改通过验收");
        v1::ApplyCreditRepairResponse applied;
        QCOMPARE(supervisor.enterprises->ApplyCreditRepair(supervisor.context().get(), apply, &applied).error_code(),
                 grpc::StatusCode::FAILED_PRECONDITION);
        server.advanceClock(93 * kDay);
        supervisor.signIn();
        reviewer.signIn();
        QVERIFY_OK(supervisor.enterprises->ApplyCreditRepair(supervisor.context().get(), apply, &applied));
        QCOMPARE(applied.repair().status(), std::string("pending"));
        server.advanceClock(5 * kDay);
        supervisor.signIn();
        reviewer.signIn();
        v1::VerifyCreditRepairRequest verify;
        verify.set_repair_id(applied.repair().id());
        verify.set_granted(true);
        verify.set_remark("现场核查：暗管已拆除");
        v1::VerifyCreditRepairResponse verified;
        QVERIFY_OK(supervisor.enterprises->VerifyCreditRepair(supervisor.context().get(), verify, &verified));
        QVERIFY_OK(supervisor.enterprises->GetCredit(supervisor.context().get(), creditRequest, &credit));
        QCOMPARE(credit.level(), v1::CREDIT_LEVEL_A);
        QCOMPARE(credit.listings(0).status(), std::string("repaired"));
        QVERIFY_OK(supervisor.enterprises->ListBlacklist(supervisor.context().get(), {}, &blacklist));
        QCOMPARE(blacklist.entries_size(), 0);

        // The history keeps both review rounds and the publication.
        v1::GetCaseHistoryRequest historyRequest;
        historyRequest.set_case_id(caseId);
        v1::GetCaseHistoryResponse history;
        QVERIFY_OK(reviewer.cases->GetCaseHistory(reviewer.context().get(), historyRequest, &history));
        QStringList actions;
        for (const auto &e : history.events()) actions << QString::fromStdString(e.action());
        QCOMPARE(actions, QStringList({"file", "investigate", "submit_for_case_review", "propose", "notify",
                                       "submit_for_legal_review", "return_review", "propose",
                                       "submit_for_legal_review", "approve_review", "hearing_waived", "decide",
                                       "publish"}));
    }
};

QTEST_MAIN(TestFullCase)
#include "tst_fullcase.moc"
