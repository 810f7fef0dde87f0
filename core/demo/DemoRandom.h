#pragma once

#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace cl {

// The demo data's own random source: xoshiro256** seeded through splitmix64. Both algorithms
// are fixed here (unlike std::uniform_*_distribution or QRandomGenerator's unspecified ones),
// so one seed yields the same rows with any compiler, library or machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, bound); bound > 0. Lemire's multiply-and-reject, so no modulo bias.
    quint32 below(quint32 bound);
    // Uniform in [low, high].
    int between(int low, int high);
    // True with probability perMille / 1000.
    bool chance(quint32 perMille);
    // One character of a non-empty set, uniformly.
    QChar charOf(QStringView set);
    // An index drawn by weight; cumulative holds running sums of the weights (last = total > 0).
    int weighted(const std::vector<quint32> &cumulative);

    // Running sums of weights, the form weighted() expects.
    static std::vector<quint32> cumulative(const std::vector<quint32> &weights);

private:
    quint64 m_state[4];
};

} // namespace cl
