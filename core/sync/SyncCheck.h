#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace cl {

// The checks a received package goes through, in this order (DESIGN.md §4; docs/sync-format.md).
enum class SyncCheck {
    Archive,      // a complete, readable ZIP archive
    Names,        // entry names: plain file names, no folders, no "..", no absolute paths, no duplicates
    Expansion,    // what the archive would inflate to stays within the limit (zip bombs)
    Manifest,     // manifest.json and manifest.sig present; the manifest well-formed
    Version,      // a format version this program reads
    Receiver,     // addressed to this office or to everyone
    SenderKey,    // the sender's public key is trusted here
    Signature,    // manifest.sig is the sender's Ed25519 signature of manifest.json
    Files,        // exactly the listed files, each with its SHA-256
    Header,       // each data file's header row is that kind's §9 codes
    RecordCount,  // each file holds the number of records the manifest says
    Records,      // every record is well-formed
    Replay,       // not a different package under a (sender, seq) already applied
    Apply,        // the records could be applied to this database
};

class SyncChecks
{
    Q_DECLARE_TR_FUNCTIONS(SyncChecks)

public:
    static QString id(SyncCheck check);     // "signature", stable, for scripts and reason files
    static QString label(SyncCheck check);  // translated name of the check
    static QString labelForId(const QString &id);  // the same from a stored id (unknown ids as they are)
};

// A package refused by one check; message() says which check and why, in the user's language.
class SyncCheckError : public Error
{
public:
    SyncCheckError(SyncCheck check, const QString &fileName, const QString &reason, QString detail = {});
    SyncCheck check() const { return m_check; }
    const QString &reason() const { return m_reason; }

private:
    SyncCheck m_check;
    QString m_reason;
};

} // namespace cl
