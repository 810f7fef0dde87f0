#pragma once

#include <QDialog>

class QTextBrowser;
class QTextDocument;

namespace cl {

// Print preview of a commitment letter (告知承诺书): the rendered template laid out as an A4 document
// (title centred, body in the UI font), printed on a printer or saved as PDF.
class CommitmentLetterDialog : public QDialog
{
    Q_OBJECT

public:
    CommitmentLetterDialog(const QString &appNo, const QString &letterText, QWidget *parent = nullptr);

    QTextDocument *document() const;
    // Writes the letter as a PDF file; false with a message on failure.
    bool savePdf(const QString &path, QString *error = nullptr) const;

private:
    void print();
    void choosePdf();

    QString m_appNo;
    QTextBrowser *m_view;
};

} // namespace cl
