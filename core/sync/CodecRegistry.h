#pragma once

#include <QString>
#include <vector>

namespace cl {

class RecordCodec;

// The record codecs of the sync package, in apply order (see CodecRegistry.cpp for the list).
class CodecRegistry
{
public:
    static const std::vector<const RecordCodec *> &all();
    static const RecordCodec *byKind(const QString &kind);
    static const RecordCodec *byFileName(const QString &fileName);
    static const RecordCodec *byOutboxKind(const QString &outboxKind);
};

} // namespace cl
