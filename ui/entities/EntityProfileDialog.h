#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QFormLayout;
class QGroupBox;

namespace cl {

class Database;
struct Entity;

// One market entity at a glance: basic data, what the credit-code check says, the credit light
// (announced, not built yet) and, for those allowed to see the audit log, its recent changes.
class EntityProfileDialog : public QDialog
{
    Q_OBJECT

public:
    EntityProfileDialog(Database &db, const Actor &actor, qint64 entityId, QWidget *parent = nullptr);

private:
    QWidget *header(const Entity &e);
    QGroupBox *basicData(const Entity &e);
    QGroupBox *codeCheck(const Entity &e);
    QGroupBox *creditLight();
    QGroupBox *recentChanges(const Entity &e);

    Database &m_db;
    Actor m_actor;
};

} // namespace cl
