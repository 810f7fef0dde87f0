#include "CodecRegistry.h"

#include "RecordCodec.h"

#include <algorithm>
#include <memory>

// Every record kind of the package, one codec file each in codecs/. Adding a kind = a new
// codecs/<Name>Codec.cpp defining cl::codecs::make<Name>Codec() plus its name on this line
// (docs/sync-format.md §6).
#define CREDITLOOP_SYNC_CODECS(X) X(Entity) X(Evaluation) X(Dishonest) X(Light) X(Licence) X(Commitment) X(Penalty) X(Repair)

namespace cl {

namespace codecs {
#define CREDITLOOP_DECLARE_CODEC(Name) std::unique_ptr<RecordCodec> make##Name##Codec();
CREDITLOOP_SYNC_CODECS(CREDITLOOP_DECLARE_CODEC)
#undef CREDITLOOP_DECLARE_CODEC
} // namespace codecs

namespace {
struct Registry
{
    std::vector<std::unique_ptr<RecordCodec>> owned;
    std::vector<const RecordCodec *> ordered;

    Registry()
    {
#define CREDITLOOP_MAKE_CODEC(Name) owned.push_back(codecs::make##Name##Codec());
        CREDITLOOP_SYNC_CODECS(CREDITLOOP_MAKE_CODEC)
#undef CREDITLOOP_MAKE_CODEC
        for (const auto &c : owned)
            ordered.push_back(c.get());
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const RecordCodec *a, const RecordCodec *b) { return a->applyOrder() < b->applyOrder(); });
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}
} // namespace

const std::vector<const RecordCodec *> &CodecRegistry::all()
{
    return registry().ordered;
}

const RecordCodec *CodecRegistry::byKind(const QString &kind)
{
    for (const RecordCodec *c : all())
        if (c->kind() == kind)
            return c;
    return nullptr;
}

const RecordCodec *CodecRegistry::byFileName(const QString &fileName)
{
    for (const RecordCodec *c : all())
        if (c->fileName() == fileName)
            return c;
    return nullptr;
}

const RecordCodec *CodecRegistry::byOutboxKind(const QString &outboxKind)
{
    for (const RecordCodec *c : all())
        if (c->outboxKinds().contains(outboxKind))
            return c;
    return nullptr;
}

} // namespace cl
