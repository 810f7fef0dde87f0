#pragma once

#include "auth/Actor.h"
#include "enforcement/CreditRepair.h"
#include "registry/Entity.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cl {

class Database;
class ErrorLabel;

// 处罚记录与信用修复: an entity's penalty records with their publicity state, and credit repair (DOMAIN.md §8):
// register an application with a 信用修复型 commitment after the minimum period, then grant or reject it.
class PenaltiesPage : public QWidget
{
    Q_OBJECT

public:
    PenaltiesPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

    bool findEntity(const QString &text);
    void reload();
    // The row of the table to act on.
    void selectPenalty(int row);
    bool applyForRepair();
    bool grantRepair();
    bool rejectRepair();

private:
    std::optional<PenaltyRecord> selected() const;
    std::optional<CreditRepair::Application> pendingApplication() const;
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    QLineEdit *m_search;
    QComboBox *m_entity;
    QTableWidget *m_table;
    QLineEdit *m_commitmentCode;
    QPlainTextEdit *m_commitmentContent;
    QDateEdit *m_date;
    QLineEdit *m_rejectReason;
    QPushButton *m_apply;
    QPushButton *m_grant;
    QPushButton *m_reject;
    ErrorLabel *m_message;
    QList<Entity> m_entities;
    QList<PenaltyRecord> m_penalties;
};

} // namespace cl
