#pragma once

#include "auth/Actor.h"

#include <QTabWidget>

namespace cl {

class Database;
class EnforcementPage;
class PenaltiesPage;

// 执法: the case page (facts, recommendation, decision, discretion sheet) and the penalty records with credit repair.
class EnforcementWorkArea : public QTabWidget
{
    Q_OBJECT

public:
    EnforcementWorkArea(Database &db, const Actor &actor, QWidget *parent = nullptr);
    EnforcementPage *casePage() const { return m_case; }
    PenaltiesPage *penaltiesPage() const { return m_penalties; }

private:
    EnforcementPage *m_case;
    PenaltiesPage *m_penalties;
};

} // namespace cl
