// Runs a fuzz target over files without libFuzzer (issue 16 §9): every file named on the
// command line, or inside a folder named there, is fed to LLVMFuzzerTestOneInput once. The
// normal build links each target with this so ctest replays the committed seed corpus and
// the regressions (inputs that once crashed) on every run, with g++ and no sanitizer; real
// fuzzing is `packaging/dev fuzz` (clang-14, libFuzzer, ASan + UBSan).
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    const auto run = [&files](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return false;
        }
        const QByteArray bytes = f.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                               std::size_t(bytes.size()));
        ++files;
        return true;
    };
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                if (!run(it.next()))
                    return 1;
        } else if (QFileInfo::exists(arg) && !run(arg)) {
            return 1;
        }
    }
    if (files == 0) { // a missing corpus must not pass as "no crash"
        std::fprintf(stderr, "no inputs found in the folders given\n");
        return 1;
    }
    std::printf("%d inputs replayed without a crash\n", files);
    return 0;
}
