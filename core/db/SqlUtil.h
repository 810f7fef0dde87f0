#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace cl::sql {

// Thin helpers that turn every SQL failure into a cl::Error (never qFatal, never ignored).
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

} // namespace cl::sql
