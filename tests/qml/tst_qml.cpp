#include <QQmlEngine>

#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(FieldCasePlugin)

// Qt 6.4's quick test runner does not search the module resource prefix by default.
class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(fieldcase_pages, Setup)
#include "tst_qml.moc"
