#pragma once

#include <QString>

class AppServices;
class QQmlEngine;

// `fieldcase --self-test`: creates Main.qml and every page with the real (empty) core
// objects, offscreen, and reports each QML warning or error. Returns the exit code.
int runSelfTest(QQmlEngine &engine, AppServices &services);

// The QML URL of a file of the FieldCase module.
QString fieldCaseQmlUrl(const QString &fileName);
