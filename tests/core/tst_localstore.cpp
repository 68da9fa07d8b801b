// The encrypted device store: keyed open, wrong passphrase, no plaintext on disk.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include "localrecords.h"
#include "localstore.h"
#include "outbox.h"
#include "preferences.h"
#include "testserver.h"

class TestLocalStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    const KeyVault::KdfLimits limits_ = KeyVault::KdfLimits::forTests();

    QString freshPath(const QString &name) { return dir_.filePath(name + ".fieldcase"); }

    static QByteArray hashOf(const QString &path) {
        return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
    }

private slots:
    void createdStoreReopensWithItsPassphrase() {
        const auto path = freshPath("reopen");
        LocalStore store;
        QCOMPARE(store.create(path, "correct horse", limits_), LocalStore::OpenStatus::Ok);
        const QString deviceId = store.meta(LocalStore::kDeviceId);
        QVERIFY(!deviceId.isEmpty());
        store.close();
        QVERIFY(!store.isOpen());
        QCOMPARE(store.open(path, "correct horse"), LocalStore::OpenStatus::Ok);
        QCOMPARE(store.meta(LocalStore::kDeviceId), deviceId);
    }

    void wrongPassphraseFailsAndLeavesTheFilesUntouched() {
        const auto path = freshPath("wrong");
        {
            LocalStore store;
            QCOMPARE(store.create(path, "right one", limits_), LocalStore::OpenStatus::Ok);
        }
        const auto dbBefore = hashOf(path);
        const auto keyBefore = hashOf(LocalStore::keyPath(path));
        const auto modifiedBefore = QFileInfo(path).lastModified();
        LocalStore store;
        QCOMPARE(store.open(path, "wrong one"), LocalStore::OpenStatus::WrongPassphrase);
        QVERIFY(!store.isOpen());
        QCOMPARE(hashOf(path), dbBefore);
        QCOMPARE(hashOf(LocalStore::keyPath(path)), keyBefore);
        QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
        QCOMPARE(store.open(path, "right one"), LocalStore::OpenStatus::Ok);
    }

    void aForeignKeyFileIsCorruptionNotSuccess() {
        const auto a = freshPath("a");
        const auto b = freshPath("b");
        {
            LocalStore sa, sb;
            QCOMPARE(sa.create(a, "same pass", limits_), LocalStore::OpenStatus::Ok);
            QCOMPARE(sb.create(b, "same pass", limits_), LocalStore::OpenStatus::Ok);
        }
        // Store a with store b's key: the passphrase opens the key, the key not the file.
        QFile::remove(LocalStore::keyPath(a));
        QFile::copy(LocalStore::keyPath(b), LocalStore::keyPath(a));
        const auto before = hashOf(a);
        LocalStore store;
        QCOMPARE(store.open(a, "same pass"), LocalStore::OpenStatus::Corrupt);
        QCOMPARE(hashOf(a), before);
    }

    void aDamagedKeyFileIsReported() {
        const auto path = freshPath("damaged");
        {
            LocalStore store;
            QCOMPARE(store.create(path, "pass", limits_), LocalStore::OpenStatus::Ok);
        }
        QFile key(LocalStore::keyPath(path));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("{\"format\":1}");
        key.close();
        LocalStore store;
        QCOMPARE(store.open(path, "pass"), LocalStore::OpenStatus::Corrupt);
    }

    void theFileHoldsNoPlaintext() {
        const auto path = freshPath("plaintext");
        const QString title = QStringLiteral("焦炉烟囱黑度例行检查-明文探针");
        const QString note = QStringLiteral("东侧围墙外有渗漏痕迹 PLAINTEXT-PROBE-7731");
        {
            LocalStore store;
            QCOMPARE(store.create(path, "pass", limits_), LocalStore::OpenStatus::Ok);
            store.transact([&](fc::sqlite::Database &db) {
                fc::domain::CaseRecord c;
                c.id = "6f1e0c1a-8f0e-4a1b-9a51-0b5b8f4f6a01";
                c.number = "140405-2026-0001";
                c.title = title.toStdString();
                c.enterpriseName = "鸡鸣泰焦化有限公司";
                c.dueDate = "2026-03-20";
                LocalRecords::upsertCase(db, c);
                fc::domain::Note n;
                n.id = "6f1e0c1a-8f0e-4a1b-9a51-0b5b8f4f6a02";
                n.caseId = c.id;
                n.text = note.toStdString();
                LocalRecords::insertPendingNote(db, n);
                Outbox::enqueue(db, Outbox::kAddNote, n.id, 0, 0);
            });
        }
        // Positive control: the same scan finds the probe in an unkeyed SQLite file.
        {
            fc::sqlite::Database plain(dir_.filePath("control.db").toStdString(),
                                       fc::sqlite::Database::OpenMode::ReadWriteCreate);
            plain.exec("CREATE TABLE t (v TEXT)");
            plain.prepare("INSERT INTO t VALUES (?)").bindAll(note.toStdString()).run();
        }
        QVERIFY(fileBytes(dir_.filePath("control.db")).contains(note.toUtf8()));
        QFile::remove(dir_.filePath("control.db"));

        const QByteArray bytes = folderBytes(dir_.path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(title.toUtf8()));
        QVERIFY(!bytes.contains(note.toUtf8()));
        QVERIFY(!bytes.contains("PLAINTEXT-PROBE-7731"));
        QVERIFY(!bytes.contains(QByteArray("鸡鸣泰焦化")));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void changingThePassphraseKeepsTheData() {
        const auto path = freshPath("rekey");
        {
            LocalStore store;
            QCOMPARE(store.create(path, "old pass", limits_), LocalStore::OpenStatus::Ok);
            store.transact([](fc::sqlite::Database &db) { LocalStore::setMeta(db, "probe", "42"); });
        }
        QCOMPARE(KeyVault::changePassphrase(LocalStore::keyPath(path), "old pass", "new pass"),
                 KeyVault::Status::Ok);
        LocalStore store;
        QCOMPARE(store.open(path, "old pass"), LocalStore::OpenStatus::WrongPassphrase);
        QCOMPARE(store.open(path, "new pass"), LocalStore::OpenStatus::Ok);
        QCOMPARE(store.meta("probe"), QStringLiteral("42"));
    }

    void anOlderStoreIsMigratedAndKeepsItsData() {
        const auto path = freshPath("migrate");
        LocalStore store;
        QCOMPARE(store.create(path, "pass", limits_), LocalStore::OpenStatus::Ok);
        const QString deviceId = store.meta(LocalStore::kDeviceId);
        // Made into a version-2 store: no table for refused case edits or receipts, no
        // due-date index yet.
        store.transact([](fc::sqlite::Database &db) {
            db.exec("DROP TABLE case_edit_refusals");
            db.exec("DROP TABLE custody_receipts");
            db.exec("DROP INDEX cases_due");
            db.exec("PRAGMA user_version = 2");
        });
        store.close();
        QCOMPARE(store.open(path, "pass"), LocalStore::OpenStatus::Ok);
        QCOMPARE(store.meta(LocalStore::kDeviceId), deviceId);
        store.transact([](fc::sqlite::Database &db) {
            auto version = db.prepare("PRAGMA user_version");
            QVERIFY(version.step());
            QCOMPARE(version.int64(0), std::int64_t(5));
            for (const char *table : {"case_edit_refusals", "custody_receipts"}) {
                auto rows = db.prepare(std::string("SELECT count(*) FROM ") + table);
                QVERIFY(rows.step());
                QCOMPARE(rows.int64(0), std::int64_t(0));
            }
            auto index = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'cases_due'");
            QVERIFY(index.step());
            QCOMPARE(index.int64(0), std::int64_t(1));
        });
    }

    void displayPreferencesAreKeptAcrossStarts() {
        QTemporaryDir dir;
        {
            Preferences first(dir.path());
            QVERIFY(!first.highContrast());
            QSignalSpy changed(&first, &Preferences::highContrastChanged);
            first.setHighContrast(true);
            QCOMPARE(changed.count(), 1);
            first.setHighContrast(true);
            QCOMPARE(changed.count(), 1);
        }
        QVERIFY(Preferences(dir.path()).highContrast());
        QVERIFY(!Preferences(dir_.path()).highContrast());  // another device folder
    }

    void aMissingStoreIsNotFound() {
        LocalStore store;
        QCOMPARE(store.open(freshPath("absent"), "x"), LocalStore::OpenStatus::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
