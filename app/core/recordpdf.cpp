#include "recordpdf.h"

#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTimeZone>

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString esc(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString local(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyy年M月d日 HH:mm"));
}

QString signature(const QString &id, const RecordPdf::Input &in) {
    if (id.isEmpty() || !in.signatures.contains(id)) return QStringLiteral("（未签名）");
    return QStringLiteral("<img src=\"sig:%1\" height=\"110\">").arg(id);
}

QString position(const fc::domain::PositionAssessment &p) {
    if (!p.fix) return QStringLiteral("无定位");
    QString text = QStringLiteral("北纬 %1°，东经 %2°（WGS-84）")
                       .arg(p.fix->position.latitude, 0, 'f', 6)
                       .arg(p.fix->position.longitude, 0, 'f', 6);
    if (p.fix->horizontalAccuracyMeters) {
        text += QStringLiteral("，精度约 %1 米").arg(*p.fix->horizontalAccuracyMeters, 0, 'f', 0);
    }
    if (p.outsideSite) text += QStringLiteral("；位于登记厂区范围外");
    if (p.noFix) text += QStringLiteral("；记录时无有效定位");
    if (p.poorAccuracy) text += QStringLiteral("；定位精度不足");
    if (p.fix->simulated) text += QStringLiteral("；回放定位");
    return text;
}

}  // namespace

QString RecordPdf::html(const Input &in) {
    const auto &r = in.record;
    QString h;
    h += QStringLiteral("<h2 align=\"center\">现场检查笔录</h2>");
    h += QStringLiteral("<p align=\"right\">案件编号：%1</p>").arg(esc(in.caseNumber));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"25%\">%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(QStringLiteral("检查时间"), local(r.startedAtMs) + QStringLiteral(" 至 ") + local(r.endedAtMs));
    row(QStringLiteral("检查地点"), esc(r.place));
    row(QStringLiteral("定位"), esc(position(r.position)));
    row(QStringLiteral("执法机关"), esc(in.agency.isEmpty() ? QStringLiteral("生态环境执法机构") : in.agency));
    QString officers;
    for (const auto &o : r.officers) {
        officers += QStringLiteral("%1（执法证号 %2）<br>").arg(esc(o.name), esc(o.certificateNo));
    }
    row(QStringLiteral("执法人员"), officers);
    row(QStringLiteral("被检查单位"), esc(r.partyName));
    row(QStringLiteral("统一社会信用代码"), esc(in.creditCode));
    row(QStringLiteral("地址"), esc(in.enterpriseAddress));
    row(QStringLiteral("法定代表人"), esc(in.legalRepresentative));
    row(QStringLiteral("现场负责人"),
        r.partyRefusedOrAbsent ? QStringLiteral("（拒绝签字或不在场）")
                               : esc(r.partyRepresentative) + QStringLiteral("（") +
                                     esc(r.partyRepresentativeRole) + QStringLiteral("）"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>执法人员已出示执法证件：%1；已告知当事人享有申请回避的权利和配合检查的义务：%2。</p>")
             .arg(r.credentialsShown ? QStringLiteral("是") : QStringLiteral("否"),
                  r.rightsExplained ? QStringLiteral("是") : QStringLiteral("否"));
    h += QStringLiteral("<p><b>检查情况：</b></p><p>%1</p>").arg(esc(r.findings).replace('\n', "<br>"));
    h += QStringLiteral("<p><b>证据清单：</b></p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                        "<tr><th>序号</th><th>类别</th><th>说明</th><th>时间</th><th>标识（SHA-256/编号）</th></tr>");
    int n = 0;
    for (const auto &e : in.evidence) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><small>%5</small></td></tr>")
                 .arg(++n)
                 .arg(esc(e.kind), esc(e.description), esc(e.time), esc(e.id));
    }
    h += QStringLiteral("</table><p><b>签名：</b></p><table width=\"100%\" cellpadding=\"4\">");
    for (const auto &o : r.officers) {
        h += QStringLiteral("<tr><td width=\"35%\">执法人员 %1</td><td>%2</td></tr>")
                 .arg(esc(o.name), signature(QString::fromStdString(o.signatureEvidenceId), in));
    }
    if (r.partyRefusedOrAbsent) {
        h += QStringLiteral("<tr><td>当事人</td><td>拒绝签字或不在场：%1</td></tr>").arg(esc(r.refusalNote));
        h += QStringLiteral("<tr><td>见证人 %1</td><td>%2</td></tr>")
                 .arg(esc(r.witnessName), signature(QString::fromStdString(r.witnessSignatureEvidenceId), in));
    } else {
        h += QStringLiteral("<tr><td>当事人 %1</td><td>%2</td></tr>")
                 .arg(esc(r.partyRepresentative),
                      signature(QString::fromStdString(r.partySignatureEvidenceId), in));
    }
    h += QStringLiteral("</table>");
    return h;
}

QByteArray RecordPdf::render(const Input &in) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("现场检查笔录 ") + in.caseNumber);
        writer.setCreator(QStringLiteral("FieldCase"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument doc;
        // Lay out at the writer's resolution, or fonts come out at a third of their size.
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        for (auto it = in.signatures.cbegin(); it != in.signatures.cend(); ++it) {
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sig:") + it.key()),
                            it.value());
        }
        doc.setHtml(html(in));
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    return buffer.data();
}
