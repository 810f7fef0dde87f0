#pragma once

#include "enforcement/CaseFacts.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/ViolationItem.h"
#include "registry/Entity.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QTextDocument;

namespace cl {

// The printable discretion sheet (裁量建议书): the party, the item, the facts, the recommendation with its
// rule, legal basis, fine band and reasoning, and the credit status it used; the decision when recorded.
// Rendered from one QTextDocument to the preview, a printer and PDF (the CJK application font is embedded).
class DiscretionSheet
{
    Q_DECLARE_TR_FUNCTIONS(DiscretionSheet)

public:
    Entity entity;
    ViolationItem item;
    CaseFacts facts;
    QString factsText;
    QString caseNo;
    QString officer;
    QDate foundOn;
    Recommendation recommendation;
    // The decision, when recorded.
    QString decidedOutcome;
    qint64 decidedAmountFen = 0;
    QString decisionNo;
    QString overrideReason;

    QString html() const;
    void print(QPrinter *printer) const;
    // Writes a PDF (A4) atomically; throws cl::Error (Io) when it cannot.
    void writePdf(const QString &path) const;

private:
    void fill(QTextDocument &doc) const;
};

} // namespace cl
