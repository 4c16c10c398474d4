#include "server/portal/form_data.h"
#include "server/portal/html_template.h"
#include "server/portal/portal_files.h"

#include <QtTest>

using namespace cb::server;

// The portal's own parsing and rendering, on their edges: what a browser
// sends is read exactly, anything malformed is refused whole, and nothing a
// patient types can become markup.
class TestPortalForms : public QObject
{
    Q_OBJECT
private slots:
    void urlEncodedFormsAreReadExactly()
    {
        const auto form = parseUrlEncodedForm("csrf=a-b_c&text=Hola+se%C3%B1ora%2C+%C2%BFc%C3%B3mo+est%C3%A1%3F%0D%0Abien", {});
        QVERIFY(form);
        QCOMPARE(form->value(QStringLiteral("csrf")), QStringLiteral("a-b_c"));
        QCOMPARE(form->value(QStringLiteral("text")), QStringLiteral("Hola señora, ¿cómo está?\r\nbien"));
        QVERIFY(parseUrlEncodedForm({}, {}));
    }

    void malformedUrlEncodedFormsAreRefusedWhole()
    {
        for (const QByteArray &body : {QByteArray("csrf=a&csrf=b"), QByteArray("text=%E2%82"), QByteArray("text=%zz"),
                                       QByteArray("text=%4"), QByteArray("=value"), QByteArray("novalue"),
                                       QByteArray("text=a%00b"), QByteArray("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9")}) {
            QVERIFY2(!parseUrlEncodedForm(body, {}), body.constData());
        }
        FormLimits small;
        small.maxFieldBytes = 4;
        QVERIFY(!parseUrlEncodedForm("text=12345", small));
    }

    void multipartCarriesOneFileAndFields()
    {
        const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n"
                                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\photos\\\\rash.jpg\"\r\n"
                                "Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0\r\n\r\nbytes\r\n--XyZ--\r\n";
        const auto form = parseMultipartForm("multipart/form-data; boundary=XyZ", body, {});
        QVERIFY(form);
        QCOMPARE(form->value(QStringLiteral("csrf")), QStringLiteral("token"));
        QVERIFY(form->file);
        QCOMPARE(form->file->data, QByteArray("\xff\xd8\xff\xe0\r\n\r\nbytes")); // CRLFs inside the file are data
        QCOMPARE(safeFilename(form->file->filename, QStringLiteral("image/jpeg")), QStringLiteral("rash.jpg"));
        QCOMPARE(safeFilename(QStringLiteral("../.."), QStringLiteral("application/pdf")), QStringLiteral("document.pdf"));
        // The name's extension is the detected type's, whatever the sender wrote (security review 3).
        QCOMPARE(safeFilename(QStringLiteral("passwd.html"), QStringLiteral("application/pdf")), QStringLiteral("passwd.pdf"));
        QCOMPARE(safeFilename(QStringLiteral("scan"), QStringLiteral("image/png")), QStringLiteral("scan.png"));
        QCOMPARE(safeFilename(QStringLiteral("a.b.jpeg"), QStringLiteral("image/jpeg")), QStringLiteral("a.b.jpg"));
        QCOMPARE(safeFilename(QStringLiteral(".html"), QStringLiteral("application/pdf")), QStringLiteral("document.pdf"));
        // A quoted value is one value: "; name=" inside a filename is not a parameter.
        const auto tricky = parseMultipartForm("multipart/form-data; boundary=\"XyZ\"",
                                               "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan; name=x.pdf\"\r\n\r\n%PDF\r\n--XyZ--", {});
        QVERIFY(tricky && tricky->file);
        QCOMPARE(tricky->file->filename, QStringLiteral("scan; name=x.pdf"));
    }

    void malformedMultipartIsRefusedWhole()
    {
        const QByteArray type = "multipart/form-data; boundary=XyZ";
        const QByteArray file = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n0123456789\r\n";
        QVERIFY(!parseMultipartForm("text/plain", file + "--XyZ--", {}));                                // not multipart
        QVERIFY(!parseMultipartForm(type, file, {}));                                                     // never closed
        QVERIFY(!parseMultipartForm(type, file + file + "--XyZ--", {}));                                  // two files
        QVERIFY(!parseMultipartForm(type, "--XyZ\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a\"\r\n\r\nx\r\n--XyZ--", {}));
        QVERIFY(!parseMultipartForm(type, "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XyZ--", {}));
        FormLimits small;
        small.maxFileBytes = 9;
        QVERIFY(!parseMultipartForm(type, file + "--XyZ--", small));                                       // over the limit
        small.maxFileBytes = 10;
        QVERIFY(parseMultipartForm(type, file + "--XyZ--", small));
    }

    void filesAreJudgedByTheirBytes()
    {
        QString type;
        QCOMPARE(checkPortalFile("%PDF-1.7\n...", QStringLiteral("image/png"), 1024, &type), FileProblem::None);
        QCOMPARE(type, QStringLiteral("application/pdf"));
        QCOMPARE(checkPortalFile("MZ\x90\x00 an executable", QStringLiteral("image/png"), 1024, &type), FileProblem::WrongType);
        QCOMPARE(checkPortalFile("<svg onload=alert(1)>", QStringLiteral("image/svg+xml"), 1024, &type), FileProblem::WrongType);
        QCOMPARE(checkPortalFile(QByteArray(2048, 'a'), QStringLiteral("image/png"), 1024, &type), FileProblem::TooLarge);
        QCOMPARE(checkPortalFile({}, QStringLiteral("image/png"), 1024, &type), FileProblem::Empty);
    }

    void templatesEscapeTextAndRefuseMissingSlots()
    {
        const QString html = HtmlTemplate(QStringLiteral("<p title=\"{{t}}\">{{t}}</p>{{{raw}}}"))
                                 .text(QStringLiteral("t"), QStringLiteral("<script>\"x\" & 'y'</script>"))
                                 .html(QStringLiteral("raw"), QStringLiteral("<b>ours</b>"))
                                 .render();
        QCOMPARE(html, QStringLiteral("<p title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\">"
                                      "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p><b>ours</b>"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, HtmlTemplate(QStringLiteral("<p>{{missing}}</p>")).render());
        // Text never fills a raw slot by accident.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, HtmlTemplate(QStringLiteral("{{{x}}}")).text(QStringLiteral("x"), QStringLiteral("<i>")).render());
        // Every page template loads from the resources.
        for (const char *name : {"layout", "notice", "verify", "date_of_birth", "error", "info", "conversation", "message", "sign_out"}) {
            HtmlTemplate::load(QLatin1String(name));
        }
    }
};

QTEST_MAIN(TestPortalForms)
#include "tst_portal_forms.moc"
