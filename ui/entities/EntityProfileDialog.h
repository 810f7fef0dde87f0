#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QDate;
class QGroupBox;
class QTreeWidget;

namespace cl {

class Database;
struct Entity;
struct LightResult;

// One market entity at a glance: its credit light as of today with the rule and the records
// behind it, every evaluation with its validity, the light over time, the §8 measures that apply and the
// penalty, commitment and licence records (CreditRecordsPanel, read off the GUI thread), basic data, what the
// credit-code check says and, for those allowed to see the audit log, its recent changes. Those allowed to edit
// entities change the register data here (Edit…), the legal representative's ID number among them.
class EntityProfileDialog : public QDialog
{
    Q_OBJECT

public:
    EntityProfileDialog(Database &db, const Actor &actor, qint64 entityId, QWidget *parent = nullptr);

private:
    QWidget *header(const Entity &e);
    QWidget *lightSummary(const Entity &e, const LightResult &light);
    QWidget *basicTab(const Entity &e);
    QGroupBox *basicData(const Entity &e);
    QGroupBox *codeCheck(const Entity &e);
    QTreeWidget *evaluations(const Entity &e, const QDate &asOf);
    QWidget *recentChanges(const Entity &e);
    void editRegisterData(qint64 entityId);

    Database &m_db;
    Actor m_actor;
    QGroupBox *m_basicData = nullptr;
};

} // namespace cl
