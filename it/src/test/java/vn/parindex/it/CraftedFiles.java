package vn.parindex.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Uploads an attacker would try, built in memory and small: a PDF that runs JavaScript on opening,
 * a DOCX that inflates to gibibytes, a DOCX carrying a program beside an empty document.
 */
final class CraftedFiles {
  private CraftedFiles() {}

  /** A one-page PDF whose opening runs a script, kept in an object stream as PDFBox writes it. */
  static byte[] pdfWithJavaScript() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document
          .getDocumentCatalog()
          .setOpenAction(new PDActionJavaScript("app.alert('" + UUID.randomUUID() + "')"));
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Content types and an empty Word document: what a DOCX must have, and nothing to read. */
  static Map<String, byte[]> emptyDocx() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        utf8(
            "<?xml version=\"1.0\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    parts.put(
        "word/document.xml",
        utf8("<?xml version=\"1.0\"?><w:document><!-- " + UUID.randomUUID() + " --></w:document>"));
    return parts;
  }

  /** An empty DOCX with a Windows program beside it. */
  static byte[] docxWithProgram() throws IOException {
    Map<String, byte[]> parts = emptyDocx();
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    parts.put("setup.exe", exe);
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
   * A DOCX whose first entry inflates to {@code mebibytes} MiB of zeros while its headers declare 1
   * KB: one flushed deflate block of a MiB of zeros, repeated, so 2 GiB take about 2 MB.
   */
  static byte[] docxBomb(int mebibytes) throws IOException {
    Deflater deflater = new Deflater(9, true);
    byte[] buffer = new byte[64 * 1024];
    deflater.setInput(new byte[1024 * 1024]);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
    chunk.write(buffer, 0, n);
    deflater.setInput(new byte[0]);
    deflater.finish();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int i = 0; i < mebibytes; i++) {
      chunk.writeTo(data);
    }
    while (!deflater.finished()) {
      data.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ByteArrayOutputStream directory = new ByteArrayOutputStream();
    int count = 0;
    count += entry(zip, directory, "word/media/image1.png", 8, data.toByteArray(), 1024, 0);
    for (Map.Entry<String, byte[]> part : emptyDocx().entrySet()) {
      CRC32 crc = new CRC32();
      crc.update(part.getValue());
      byte[] bytes = part.getValue();
      count += entry(zip, directory, part.getKey(), 0, bytes, bytes.length, crc.getValue());
    }
    int start = zip.size();
    directory.writeTo(zip);
    int32(zip, 0x06054b50);
    int32(zip, 0);
    int16(zip, count);
    int16(zip, count);
    int32(zip, directory.size());
    int32(zip, start);
    int16(zip, 0);
    return zip.toByteArray();
  }

  /** One entry written by hand, so that its headers may lie as a crafted archive's do. */
  private static int entry(
      ByteArrayOutputStream zip,
      ByteArrayOutputStream directory,
      String name,
      int method,
      byte[] data,
      long declaredSize,
      long crc) {
    byte[] n = utf8(name);
    int offset = zip.size();
    int32(zip, 0x04034b50);
    header(zip, method, crc, data.length, declaredSize, n.length);
    zip.writeBytes(n);
    zip.writeBytes(data);
    int32(directory, 0x02014b50);
    int16(directory, 20);
    header(directory, method, crc, data.length, declaredSize, n.length);
    int16(directory, 0);
    int16(directory, 0);
    int16(directory, 0);
    int32(directory, 0);
    int32(directory, offset);
    directory.writeBytes(n);
    return 1;
  }

  private static void header(
      ByteArrayOutputStream out, int method, long crc, int size, long declared, int nameLength) {
    int16(out, 20);
    int16(out, 0x0800);
    int16(out, method);
    int32(out, 0);
    int32(out, (int) crc);
    int32(out, size);
    int32(out, (int) declared);
    int16(out, nameLength);
    int16(out, 0);
  }

  private static void int16(ByteArrayOutputStream out, int value) {
    out.write(value & 0xFF);
    out.write(value >>> 8 & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, int value) {
    int16(out, value & 0xFFFF);
    int16(out, value >>> 16);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
