#include "photoprocessor.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTimeZone>

#include "domain/sha256.h"
#include "exifwriter.h"

QImage PhotoProcessor::decode(const QByteArray &bytes, QString *error) {
    if (bytes.isEmpty() || bytes.size() > kMaxImageBytes) {
        if (error) *error = tr("The file is empty or larger than 64 MB.");
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);  // honour the camera's EXIF orientation
    QImage image = reader.read();
    if (image.isNull()) {
        if (error) *error = tr("The file is not an image that can be read (%1).").arg(reader.errorString());
    }
    return image;
}

QString PhotoProcessor::sha256Hex(const QByteArray &bytes) {
    return QString::fromStdString(
        fc::domain::Sha256::hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}

QStringList PhotoProcessor::stampLines(const Context &c) {
    const QDateTime local = c.capturedAt.toTimeZone(QTimeZone(8 * 3600));
    QStringList lines;
    lines << local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (UTC+8)");
    if (c.fix) {
        const auto &p = c.fix->position;
        QString where = QStringLiteral("%1 %2°  %3 %4°  WGS-84")
                            .arg(p.latitude >= 0 ? "N" : "S")
                            .arg(std::abs(p.latitude), 0, 'f', 6)
                            .arg(p.longitude >= 0 ? "E" : "W")
                            .arg(std::abs(p.longitude), 0, 'f', 6);
        if (c.fix->horizontalAccuracyMeters) {
            where += QStringLiteral("  ±%1 m").arg(*c.fix->horizontalAccuracyMeters, 0, 'f', 0);
        }
        if (c.fix->simulated) where += QStringLiteral("  [REPLAY]");
        lines << where;
    } else {
        lines << tr("No GNSS fix");
    }
    lines << c.enterpriseName;
    lines << c.inspectorName + QStringLiteral("  ") + c.caseNumber;
    return lines;
}

PhotoProcessor::Result PhotoProcessor::process(const QImage &source, const Context &c) {
    if (source.isNull()) return {{}, {}, tr("There is no image.")};
    QImage image = source.convertToFormat(QImage::Format_RGB32);

    // The stamp: a dark band along the bottom with white text, sized to the image.
    const QStringList lines = stampLines(c);
    QPainter painter(&image);
    QFont font;
    font.setPixelSize(std::max(12, image.height() / 40));
    painter.setFont(font);
    const int lineHeight = QFontMetrics(font).height();
    const int band = lineHeight * static_cast<int>(lines.size()) + lineHeight / 2;
    painter.fillRect(0, image.height() - band, image.width(), band, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    int y = image.height() - band + lineHeight / 4;
    for (const auto &line : lines) {
        painter.drawText(QRect(lineHeight / 2, y, image.width() - lineHeight, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    painter.end();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(image)) return {{}, {}, tr("The image could not be encoded.")};

    QString exifError;
    const QByteArray jpeg = ExifWriter::write(
        buffer.data(), {c.capturedAt, c.deviceName, c.caseId, c.description, c.fix}, &exifError);
    if (jpeg.isEmpty()) return {{}, {}, tr("The photo metadata could not be written: %1").arg(exifError)};
    return {jpeg, sha256Hex(jpeg), {}};
}
