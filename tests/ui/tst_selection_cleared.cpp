#include "ui/shell/clipboard_guard.h"

#include <QApplication>
#include <QClipboard>
#include <QtTest>

// On X11, highlighting text puts it in the PRIMARY selection, which any other
// program pastes with a middle click: a locked workstation must not leave a
// patient's words there (finding 10). Runs on a real X server (Xvfb), where
// the selection exists; the offscreen platform has none.
class TestSelectionCleared : public QObject
{
    Q_OBJECT
private slots:
    void highlightedTextIsGoneAfterTheLock()
    {
        QClipboard *clipboard = QApplication::clipboard();
        QVERIFY2(clipboard->supportsSelection(), "needs an X11 display (xvfb-run)");
        // What highlighting a patient's name in the thread does:
        clipboard->setText(QStringLiteral("Maria Lopez, 555-0100"), QClipboard::Selection);
        QTRY_COMPARE(clipboard->text(QClipboard::Selection), QStringLiteral("Maria Lopez, 555-0100"));
        clipboard->setText(QStringLiteral("copied too"), QClipboard::Clipboard);

        cb::ui::clearOwnedClipboards();
        QTRY_VERIFY(clipboard->text(QClipboard::Selection).isEmpty());
        QTRY_VERIFY(clipboard->text(QClipboard::Clipboard).isEmpty());
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestSelectionCleared test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_selection_cleared.moc"
