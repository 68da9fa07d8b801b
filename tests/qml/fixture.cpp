#include "fixture.h"

TestServer &Fixture::server() {
    static TestServer instance;
    return instance;
}

Fixture::Fixture()
    : transport_({server().address().toStdString(), {}, std::chrono::seconds(5)}),
      engine_(store_, transport_),
      sync_(store_, engine_),
      session_(store_, engine_, transport_, dir_.path(), KeyVault::KdfLimits::forTests()),
      tasks_(store_),
      notes_(store_),
      recorder_(store_, clock_) {}

Fixture::~Fixture() = default;

QString Fixture::signInAndSync(const QString &username) {
    const QString error = session_.signInNow(username, password());
    if (!error.isEmpty()) return error;
    try {
        engine_.run();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

int Fixture::serverNoteCount(const QString &caseId) {
    return static_cast<int>(server()
                                .store()
                                .transact([&](fc::server::StoreTx &tx) {
                                    return tx.notesOfCase(caseId.toStdString());
                                })
                                .size());
}
