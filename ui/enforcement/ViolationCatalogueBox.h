#pragma once

#include "auth/Actor.h"

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 违法行为目录与包容审慎清单 in settings (settings.edit only): the catalogue with the soft-list columns, one item added
// or edited in ViolationItemDialog, deactivated (never deleted: cases refer to it), or the whole list exchanged as a
// spreadsheet.
class ViolationCatalogueBox : public QGroupBox
{
    Q_OBJECT

public:
    ViolationCatalogueBox(Database &db, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *items() const { return m_items; }
    QString selectedCode() const;
    void selectCode(const QString &code);
    void setItemActive(const QString &code, bool active);
    void exportItems(const QString &path);
    void importItems(const QString &path);
    void reload();

private:
    void openDialog(bool isNew);
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    QTableWidget *m_items;
    QPushButton *m_edit;
    QPushButton *m_toggleActive;
    ErrorLabel *m_message;
};

} // namespace cl
