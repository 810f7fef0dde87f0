#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QTableWidget;

namespace cl {

class Database;

// The entities an import touched (the first GradeImportResult::MaxSampleEntities of them) with
// their light now; Enter or a double-click opens an entity's profile.
class AffectedEntitiesDialog : public QDialog
{
    Q_OBJECT

public:
    AffectedEntitiesDialog(Database &db, const Actor &actor, const QList<qint64> &entityIds, QWidget *parent = nullptr);

    int rowCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openProfile(int row);

    Database &m_db;
    Actor m_actor;
    QTableWidget *m_table;
};

} // namespace cl
