// A main() for the fuzz targets when the compiler has no libFuzzer (g++): feeds every file
// under the folders (or files) named on the command line to LLVMFuzzerTestOneInput once, so
// the seed corpus runs as an ordinary test with any compiler. A crash, sanitizer report or
// escaped exception fails the test.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QElapsedTimer timer;
    timer.start();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    // One input should take milliseconds; a slow one is a finding too (quadratic paths).
    if (timer.elapsed() > 5000) {
        std::fprintf(stderr, "%s took %lld ms\n", qPrintable(path), qint64(timer.elapsed()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int files = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isFile()) {
            ok = runFile(arg) && ok;
            ++files;
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            ok = runFile(it.next()) && ok;
            ++files;
        }
    }
    std::printf("%d inputs run\n", files);
    return ok && files > 0 ? 0 : 1;
}
