#include "formdraft.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaProperty>

#include <cmath>
#include <limits>

#include "localstore.h"

namespace {

QByteArray keyOf(const QObject &form, const QString &caseId) {
    return QByteArray("form_draft:") + form.metaObject()->className() + ':' + caseId.toUtf8();
}

template <typename F>
void forEachField(const QObject &form, F &&fn) {
    const auto *meta = form.metaObject();
    for (int i = QObject::staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
        const auto property = meta->property(i);
        if (!property.isWritable() || !property.isStored() || qstrcmp(property.name(), "caseId") == 0) continue;
        fn(property);
    }
}

}  // namespace

QString FormDraft::save(LocalStore &store, const QObject &form, const QString &caseId) {
    if (!store.isOpen() || caseId.isEmpty()) return {};
    QJsonObject fields;
    forEachField(form, [&](const QMetaProperty &property) {
        const QVariant value = property.read(&form);
        // JSON has no NaN: an empty number field (NaN) is kept as null.
        if (value.typeId() == QMetaType::Double && std::isnan(value.toDouble())) {
            fields.insert(QLatin1String(property.name()), QJsonValue::Null);
        } else {
            fields.insert(QLatin1String(property.name()), QJsonValue::fromVariant(value));
        }
    });
    const QString json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    try {
        store.transact([&](fc::sqlite::Database &db) { LocalStore::setMeta(db, keyOf(form, caseId).constData(), json); });
    } catch (const fc::sqlite::Error &e) {
        return LocalStore::describe(e);
    }
    return {};
}

QString FormDraft::restore(LocalStore &store, QObject &form, const QString &caseId) {
    if (!store.isOpen() || caseId.isEmpty()) return {};
    QString json;
    try {
        json = store.transact([&](fc::sqlite::Database &db) { return LocalStore::meta(db, keyOf(form, caseId).constData()); });
    } catch (const fc::sqlite::Error &e) {
        return LocalStore::describe(e);
    }
    const auto fields = QJsonDocument::fromJson(json.toUtf8()).object();
    forEachField(form, [&](const QMetaProperty &property) {
        const auto value = fields.value(QLatin1String(property.name()));
        if (value.isUndefined()) return;
        if (value.isNull() && property.metaType().id() == QMetaType::Double) {
            property.write(&form, std::numeric_limits<double>::quiet_NaN());
        } else {
            property.write(&form, value.toVariant());
        }
    });
    return {};
}

QString FormDraft::clear(LocalStore &store, const QObject &form, const QString &caseId) {
    if (!store.isOpen() || caseId.isEmpty()) return {};
    try {
        store.transact([&](fc::sqlite::Database &db) { LocalStore::setMeta(db, keyOf(form, caseId).constData(), {}); });
    } catch (const fc::sqlite::Error &e) {
        return LocalStore::describe(e);
    }
    return {};
}
