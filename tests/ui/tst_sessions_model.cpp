#include "ui/admin/sessions_model.h"

#include <QTextDocument>
#include <QtTest>

// The Sessions tab shows what workstations say about themselves: their device
// id is chosen by the desktop, so it must never be rendered as markup (review 3).
class TestSessionsModel : public QObject
{
    Q_OBJECT
private slots:
    void aDeviceIdIsShownNeverInterpreted()
    {
        cb::ui::SessionsModel model;
        cb::api::LiveSessionDto session;
        session.id = QStringLiteral("s1");
        session.deviceId = QStringLiteral("<img src=x><b>evil</b>");
        session.workstation = QStringLiteral("Front desk");
        model.setSessions({session});
        const QString tip = model.data(model.index(0, cb::ui::SessionsModel::Workstation), Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument shown; // what QToolTip renders
        shown.setHtml(tip);
        QCOMPARE(shown.toPlainText(), QStringLiteral("Device <img src=x><b>evil</b>"));
    }
};

QTEST_MAIN(TestSessionsModel)
#include "tst_sessions_model.moc"
