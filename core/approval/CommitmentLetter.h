#pragma once

#include "Application.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cl {

// The commitment letter (告知承诺书) of an application: the item's template (data, editable in the catalogue)
// with its placeholders {code} {item} {item_code} {committer} {committer_code} {legal_rep} {conditions}
// {legal_basis} {verify_method} {verify_days} {deficiency} {date} {office} filled in. Plain text: the
// GUI lays it out for print/PDF, the CLI writes it to a file.
class CommitmentLetter
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentLetter)

public:
    static QString render(const QSqlDatabase &db, const Application &application);
};

} // namespace cl
