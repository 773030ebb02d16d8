package vn.parindex.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files as users upload them, good and crafted, built in memory and small. */
final class Samples {
  private Samples() {}

  /** A one-page PDF as PDFBox writes it (dictionaries compressed in object streams). */
  static byte[] pdf(String text) throws IOException {
    return pdf(text, d -> {}, true);
  }

  interface Change {
    void apply(PDDocument document) throws IOException;
  }

  /** A one-page PDF changed before saving, compressed or with every object in plain text. */
  static byte[] pdf(String text, Change change, boolean compressed) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      change.apply(document);
      document.save(
          out,
          compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** A minimal DOCX: content types, relationships and a document with this text. */
  static Map<String, byte[]> docxParts(String text) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                + " Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
    parts.put("_rels/.rels", utf8("<?xml version=\"1.0\"?><Relationships/>"));
    parts.put(
        "word/document.xml",
        utf8("<?xml version=\"1.0\"?><w:document><w:body><w:t>" + text + "</w:t></w:body>"));
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * A DOCX whose first entry inflates to {@code mebibytes} MiB of zeros while declaring 1 KB: the
   * deflated data is one flushed block of a MiB of zeros, repeated, so 2 GiB take about 2 MB.
   */
  static byte[] docxBomb(int mebibytes) throws IOException {
    Deflater deflater = new Deflater(9, true);
    byte[] buffer = new byte[64 * 1024];
    deflater.setInput(new byte[1024 * 1024]);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    for (int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        n > 0;
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) {
      chunk.write(buffer, 0, n);
      if (n < buffer.length) {
        break;
      }
    }
    deflater.setInput(new byte[0]);
    deflater.finish();
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    while (!deflater.finished()) {
      tail.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int i = 0; i < mebibytes; i++) {
      chunk.writeTo(data);
    }
    tail.writeTo(data);
    Map<String, byte[]> stored = docxParts("");
    RawZip zip = new RawZip();
    zip.add("word/media/padding.bin", 8, data.toByteArray(), 1024, 0);
    for (Map.Entry<String, byte[]> part : stored.entrySet()) {
      CRC32 crc = new CRC32();
      crc.update(part.getValue());
      zip.add(part.getKey(), 0, part.getValue(), part.getValue().length, crc.getValue());
    }
    return zip.finish();
  }

  /** A ZIP written byte by byte, so that its headers may say what a crafted one says. */
  static final class RawZip {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private int count;

    void add(String name, int method, byte[] data, long declaredSize, long crc) {
      byte[] n = utf8(name);
      int offset = out.size();
      int32(out, 0x04034b50);
      int16(out, 20);
      int16(out, 0x0800);
      int16(out, method);
      int32(out, 0);
      int32(out, (int) crc);
      int32(out, data.length);
      int32(out, (int) declaredSize);
      int16(out, n.length);
      int16(out, 0);
      out.writeBytes(n);
      out.writeBytes(data);
      int32(directory, 0x02014b50);
      int16(directory, 20);
      int16(directory, 20);
      int16(directory, 0x0800);
      int16(directory, method);
      int32(directory, 0);
      int32(directory, (int) crc);
      int32(directory, data.length);
      int32(directory, (int) declaredSize);
      int16(directory, n.length);
      int16(directory, 0);
      int16(directory, 0);
      int16(directory, 0);
      int16(directory, 0);
      int32(directory, 0);
      int32(directory, offset);
      directory.writeBytes(n);
      count++;
    }

    byte[] finish() {
      int start = out.size();
      out.writeBytes(directory.toByteArray());
      int32(out, 0x06054b50);
      int16(out, 0);
      int16(out, 0);
      int16(out, count);
      int16(out, count);
      int32(out, directory.size());
      int32(out, start);
      int16(out, 0);
      return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream o, int v) {
      o.write(v & 0xFF);
      o.write(v >>> 8 & 0xFF);
    }

    private static void int32(ByteArrayOutputStream o, int v) {
      int16(o, v & 0xFFFF);
      int16(o, v >>> 16);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
