#pragma once

#include "auth/Actor.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 告知承诺设置 for administrators: the item catalogue (read here; edited as a spreadsheet through export and
// import, all or nothing) and the working-day calendar (holidays and adjusted working days of a year).
class ApprovalSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    ApprovalSettingsBox(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *items() const { return m_items; }
    QTableWidget *calendar() const { return m_calendar; }
    void exportItems(const QString &path);
    void importItems(const QString &path);
    void setCalendarDay(const QDate &date, bool working, const QString &name);
    void removeCalendarDay(const QDate &date);

private:
    void reloadItems();
    void reloadCalendar();

    Database &m_db;
    Actor m_actor;
    QTableWidget *m_items;
    QSpinBox *m_year;
    QTableWidget *m_calendar;
    QDateEdit *m_day;
    QComboBox *m_kind;
    QLineEdit *m_name;
    ErrorLabel *m_message;
};

} // namespace cl
