#pragma once

#include <QTemporaryDir>

#include "localrecords.h"
#include "localstore.h"

// An open device store with two cases, one assigned to the signed-in inspector.
struct CoreFixture {
    static constexpr const char *kMyCase = "0b7d6a4e-1c2f-4c8e-9a3b-5d6e7f809101";
    static constexpr const char *kOtherCase = "0b7d6a4e-1c2f-4c8e-9a3b-5d6e7f809102";
    static constexpr const char *kMe = "user-inspector-1";

    QTemporaryDir dir;
    LocalStore store;

    void open(const QString &role = QStringLiteral("inspector")) {
        store.create(LocalStore::storePath(dir.path(), "inspector1"), "pass",
                     KeyVault::KdfLimits::forTests());
        store.transact([&](fc::sqlite::Database &db) {
            LocalStore::setMeta(db, LocalStore::kUserId, kMe);
            LocalStore::setMeta(db, LocalStore::kDisplayName, QStringLiteral("李明"));
            LocalStore::setMeta(db, LocalStore::kRole, role);
            LocalRecords::upsertEnterprise(
                db, {"911404050642301719", "鸡鸣泰焦化有限公司", "焦化", "麟绛街道",
                     "长治市屯留区麟绛街道10号", {36.307821, 112.909755}, 300, 3, true, "刘国平"});
            fc::domain::CaseRecord mine;
            mine.id = kMyCase;
            mine.number = "140405-2026-0002";
            mine.title = "群众举报夜间噪声扰民核查";
            mine.enterpriseName = "鸡鸣泰焦化有限公司";
            mine.enterpriseCode = "911404050642301719";
            mine.dueDate = "2026-03-15";
            mine.assignees = {{kMe, "李明", "14040520230002"}, {"user-sup", "赵志刚", "1"}};
            LocalRecords::upsertCase(db, mine);
            fc::domain::CaseRecord other = mine;
            other.id = kOtherCase;
            other.number = "140405-2026-0003";
            other.title = "洗煤厂扬尘防治措施检查";
            other.dueDate = "2026-03-14";
            other.assignees = {{"user-inspector-2", "王芳", "3"}, {"user-sup", "赵志刚", "1"}};
            LocalRecords::upsertCase(db, other);
        });
    }
};
