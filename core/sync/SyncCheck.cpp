#include "SyncCheck.h"

namespace cl {

QString SyncChecks::id(SyncCheck check)
{
    switch (check) {
    case SyncCheck::Archive: return QStringLiteral("archive");
    case SyncCheck::Names: return QStringLiteral("names");
    case SyncCheck::Expansion: return QStringLiteral("expansion");
    case SyncCheck::Manifest: return QStringLiteral("manifest");
    case SyncCheck::Version: return QStringLiteral("version");
    case SyncCheck::Receiver: return QStringLiteral("receiver");
    case SyncCheck::SenderKey: return QStringLiteral("sender_key");
    case SyncCheck::Signature: return QStringLiteral("signature");
    case SyncCheck::Files: return QStringLiteral("files");
    case SyncCheck::Header: return QStringLiteral("header");
    case SyncCheck::RecordCount: return QStringLiteral("record_count");
    case SyncCheck::Records: return QStringLiteral("records");
    case SyncCheck::Replay: return QStringLiteral("replay");
    case SyncCheck::Apply: return QStringLiteral("apply");
    }
    return {};
}

QString SyncChecks::label(SyncCheck check)
{
    switch (check) {
    case SyncCheck::Archive: return tr("archive check");
    case SyncCheck::Names: return tr("file name check");
    case SyncCheck::Expansion: return tr("size check");
    case SyncCheck::Manifest: return tr("manifest check");
    case SyncCheck::Version: return tr("format version check");
    case SyncCheck::Receiver: return tr("receiver check");
    case SyncCheck::SenderKey: return tr("sender key check");
    case SyncCheck::Signature: return tr("signature check");
    case SyncCheck::Files: return tr("file integrity check");
    case SyncCheck::Header: return tr("header check");
    case SyncCheck::RecordCount: return tr("record count check");
    case SyncCheck::Records: return tr("record check");
    case SyncCheck::Replay: return tr("replay check");
    case SyncCheck::Apply: return tr("apply");
    }
    return {};
}

QString SyncChecks::labelForId(const QString &checkId)
{
    for (int c = int(SyncCheck::Archive); c <= int(SyncCheck::Apply); ++c)
        if (id(SyncCheck(c)) == checkId)
            return label(SyncCheck(c));
    return checkId;
}

SyncCheckError::SyncCheckError(SyncCheck check, const QString &fileName, const QString &reason, QString detail)
    : Error(check == SyncCheck::Apply ? ErrorKind::Refused : ErrorKind::Invalid,
            SyncChecks::tr("Package %1 was refused by the %2: %3").arg(fileName, SyncChecks::label(check), reason), std::move(detail)),
      m_check(check), m_reason(reason)
{}

} // namespace cl
