package vn.parindex.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that a DOCX or XLSX is a real document and nothing else: it has its content types and its
 * main part, it inflates to a bounded size, and it carries no program, no macro and no entry whose
 * name climbs out of the archive. The archive is inflated entry by entry and every byte is counted
 * as it comes out: the sizes an archive declares are the attacker's to write and are never trusted.
 *
 * <p>Embedded objects and pictures stay allowed (a report often embeds a spreadsheet); only their
 * names and first bytes are looked at.
 */
public final class OfficePackage {
  /** Entries in one document; Word and Excel write a few dozen, a large workbook a few hundred. */
  public static final int MAX_ENTRIES = 5_000;

  /** Bytes the whole document may inflate to: a 20 MB upload of text rarely exceeds 200 MB. */
  public static final long MAX_INFLATED_BYTES = 100L * UploadedFile.MEGABYTE;

  static final String CONTENT_TYPES = "[Content_Types].xml";

  /** What Windows, a shell or a JVM would run, by the end of an entry's name. */
  private static final List<String> PROGRAM_EXTENSIONS =
      List.of(
          ".exe", ".dll", ".com", ".scr", ".msi", ".cpl", ".pif", ".bat", ".cmd", ".js", ".jse",
          ".vbs", ".vbe", ".wsf", ".wsh", ".hta", ".ps1", ".psm1", ".lnk", ".reg", ".jar", ".class",
          ".sh", ".elf", ".so", ".dylib", ".app");

  /**
   * Macros and ActiveX controls: a DOCX or XLSX may not have them (their macro-enabled forms are
   * DOCM and XLSM, which are not accepted), so one found here is a disguise.
   */
  private static final List<String> MACRO_PARTS =
      List.of("vbaproject.bin", "vbadata.xml", "/activex/");

  private OfficePackage() {}

  /**
   * @param content the file, already known to be a ZIP with the main part of {@code type}
   * @param type DOCX or XLSX
   * @param fileName the sanitised name, for the messages
   * @throws InvalidEvidenceException on field "file": damaged, too large once inflated, too many
   *     entries, a required part missing, a program or macro inside, or an unsafe entry name
   */
  public static void check(byte[] content, EvidenceType type, String fileName) {
    List<String> directory = ZipDirectory.names(content).orElseThrow(() -> damaged(fileName, type));
    if (directory.size() > MAX_ENTRIES) {
      throw refusal("evidence.file.tooManyParts", fileName, MAX_ENTRIES);
    }
    Set<String> seen = new HashSet<>();
    long inflated = 0;
    long mainPartBytes = -1;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (!seen.add(name) || seen.size() > MAX_ENTRIES) {
          throw damaged(fileName, type);
        }
        requireSafeName(name, fileName);
        long entryBytes = 0;
        int head = 0;
        byte[] first = new byte[4];
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          for (int i = 0; i < n && head < first.length; i++) {
            first[head++] = buffer[i];
          }
          entryBytes += n;
          inflated += n;
          if (inflated > MAX_INFLATED_BYTES) {
            throw refusal(
                "evidence.file.inflatesTooMuch",
                fileName,
                MAX_INFLATED_BYTES / UploadedFile.MEGABYTE);
          }
        }
        if (isProgram(first, head)) {
          throw refusal("evidence.file.program", fileName, name);
        }
        if (name.equals(mainPart(type))) {
          mainPartBytes = entryBytes;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // a damaged archive, or entry names in an impossible encoding
      throw damaged(fileName, type);
    }
    if (!seen.equals(new HashSet<>(directory)) || seen.size() != directory.size()) {
      // an entry the directory lists but a walk does not reach, or the other way round
      throw damaged(fileName, type);
    }
    if (!seen.contains(CONTENT_TYPES)) {
      throw refusal("evidence.file.partMissing", fileName, type.name(), CONTENT_TYPES);
    }
    if (mainPartBytes <= 0) {
      throw refusal("evidence.file.partMissing", fileName, type.name(), mainPart(type));
    }
  }

  /** The part every document of the type has: the text of a DOCX, the workbook of an XLSX. */
  static String mainPart(EvidenceType type) {
    return switch (type) {
      case DOCX -> "word/document.xml";
      case XLSX -> "xl/workbook.xml";
      default -> throw new IllegalArgumentException("Not an office document: " + type);
    };
  }

  private static void requireSafeName(String name, String fileName) {
    boolean unsafe =
        name.isEmpty()
            || name.startsWith("/")
            || name.contains("\\")
            || name.contains(":")
            || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)
            || List.of(name.split("/", -1)).contains("..");
    if (unsafe) {
      throw refusal("evidence.file.entryName", fileName, name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (PROGRAM_EXTENSIONS.stream().anyMatch(lower::endsWith)
        || MACRO_PARTS.stream().anyMatch(lower::contains)) {
      throw refusal("evidence.file.program", fileName, name);
    }
  }

  /**
   * Whether an entry starts like a program whatever its name: a Windows executable ("MZ"), an ELF
   * or Mach-O binary, a Java class, or a script with a "#!" line. No part of a document does.
   */
  private static boolean isProgram(byte[] first, int length) {
    if (length >= 2
        && ((first[0] == 'M' && first[1] == 'Z') || (first[0] == '#' && first[1] == '!'))) {
      return true;
    }
    if (length < 4) {
      return false;
    }
    int magic =
        (first[0] & 0xFF) << 24
            | (first[1] & 0xFF) << 16
            | (first[2] & 0xFF) << 8
            | first[3] & 0xFF;
    return magic == 0x7F454C46 // ELF
        || magic == 0xCAFEBABE // Java class, Mach-O universal
        || magic == 0xFEEDFACE
        || magic == 0xFEEDFACF
        || magic == 0xCEFAEDFE
        || magic == 0xCFFAEDFE;
  }

  private static InvalidEvidenceException damaged(String fileName, EvidenceType type) {
    return refusal("evidence.file.damaged", fileName, type.name());
  }

  private static InvalidEvidenceException refusal(String key, Object... arguments) {
    return new InvalidEvidenceException("file", key, arguments);
  }
}
