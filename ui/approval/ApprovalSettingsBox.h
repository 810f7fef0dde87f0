#pragma once

#include "auth/Actor.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 告知承诺设置 for administrators: the item catalogue (one item added or edited in ApprovalItemDialog, deactivated
// but never deleted since applications refer to it, or the whole catalogue exchanged as a spreadsheet, all or nothing)
// and the working-day calendar (holidays and adjusted working days of a year).
class ApprovalSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    ApprovalSettingsBox(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *items() const { return m_items; }
    QTableWidget *calendar() const { return m_calendar; }
    QString selectedCode() const;
    void selectCode(const QString &code);
    void setItemActive(const QString &code, bool active);
    void exportItems(const QString &path);
    void importItems(const QString &path);
    void setCalendarDay(const QDate &date, bool working, const QString &name);
    void removeCalendarDay(const QDate &date);

private:
    void reloadItems();
    void openItemDialog(bool isNew);
    void updateItemButtons();
    void reloadCalendar();

    Database &m_db;
    Actor m_actor;
    QTableWidget *m_items;
    QPushButton *m_editItem;
    QPushButton *m_toggleItem;
    QSpinBox *m_year;
    QTableWidget *m_calendar;
    QDateEdit *m_day;
    QComboBox *m_kind;
    QLineEdit *m_name;
    ErrorLabel *m_message;
};

} // namespace cl
