#pragma once

#include "auth/Actor.h"

#include <QWidget>

class QLabel;

namespace cl {

class Database;

// 工作台: who is signed in, how big the register is, and the keys that save the most time.
class WorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    WorkbenchPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

signals:
    void openEntitiesRequested();

protected:
    // The total is read again each time the page is shown (entities may have been registered).
    void showEvent(QShowEvent *event) override;

private:
    void updateTotal();

    Database &m_db;
    QLabel *m_total;
};

} // namespace cl
