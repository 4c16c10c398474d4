// Measures what opening an existing store costs, given that Database::open
// verifies every page's HMAC and the b-tree before handing the store out.
// Prints one row per store size: median of 5 opens.
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using cb::crypto::SecretBytes;
using cb::store::Database;

namespace {
void fill(const QString &path, const SecretBytes &key, int megabytes)
{
    Database db = Database::open(path, key, Database::OpenMode::CreateIfMissing);
    db.exec("CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation INTEGER, body TEXT)");
    db.exec("CREATE INDEX messages_conversation ON messages (conversation)");
    const QString body = QStringLiteral("Hello, this is a typical short message about an appointment. ").repeated(4);
    db.exec("BEGIN");
    auto insert = db.prepare("INSERT INTO messages (conversation, body) VALUES (?, ?)");
    for (int i = 0; QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() <
                    qint64(megabytes) * 1024 * 1024;
         ++i) {
        insert.bind(1, i % 997).bind(2, body);
        insert.run();
        insert.reset();
    }
    db.exec("COMMIT");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const SecretBytes key = SecretBytes::random(32);
    std::printf("| store size | open + verify (median of 5) | throughput |\n|---|---|---|\n");
    for (int megabytes : {10, 100}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.db").arg(megabytes));
        fill(path, key, megabytes);
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            Database db = Database::open(path, key, Database::OpenMode::OpenExisting);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double actualMb = double(QFileInfo(path).size()) / (1024 * 1024);
        std::printf("| %.0f MiB | %.1f ms | %.0f MiB/s |\n", actualMb, times[2], actualMb / (times[2] / 1000));
    }
    return 0;
}
