#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cl {

// What the officer established about a violation (DOMAIN.md §7): the inputs of the discretion engine.
struct CaseFacts
{
    Q_DECLARE_TR_FUNCTIONS(CaseFacts)

public:
    bool firstViolation = false;
    QString harm = QStringLiteral("unknown");   // unknown | none | minor | serious
    bool corrected = false;                    // corrected in time
    bool noFault = false;                      // no subjective fault proven (Art. 33 ¶2)
    QStringList grounds;                       // Art. 32 grounds, codes of groundCodes()
    QStringList aggravating;                   // codes of aggravatingCodes()

    // The aggravating factors including those that follow from the facts (serious harm is a serious consequence).
    QStringList effectiveAggravating() const;
    QJsonObject toJson() const;
    static CaseFacts fromJson(const QJsonObject &o);

    static QStringList harmCodes();
    static QStringList groundCodes();        // eliminated_harm, coerced, confessed, meritorious
    static QStringList aggravatingCodes();   // refused_correction, repeat_violation, serious_consequence, obstruction, false_commitment
    static QString harmLabel(const QString &code);
    static QString groundLabel(const QString &code);
    static QString aggravatingLabel(const QString &code);
};

} // namespace cl
