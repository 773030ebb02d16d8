package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The files of evidence documents in one directory, each named by the SHA-256 of its content
 * (content-addressed): the same document uploaded twice is kept once, and no name a user typed ever
 * reaches the file system. A file is written to a temporary file in the same directory, forced to
 * disk, then moved into place in one step, so that a reader never sees half a file.
 */
public class EvidenceStore {
  private final Path directory;

  public EvidenceStore(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  public Path directory() {
    return directory;
  }

  /**
   * Keeps the content under its SHA-256 and returns that as the storage key. When a file of that
   * name is there already with the right content, it is kept; when its content no longer matches
   * (it was damaged or tampered with), the new upload replaces it.
   */
  public String put(byte[] content) {
    String key = UploadedFile.sha256(content);
    Path target = pathOf(key);
    try {
      Files.createDirectories(directory);
      if (Files.isRegularFile(target)
          && key.equals(UploadedFile.sha256(Files.readAllBytes(target)))) {
        return key;
      }
      Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(content);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
        moveIntoPlace(temporary, target);
      } finally {
        Files.deleteIfExists(temporary);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store an evidence file in " + directory, e);
    }
  }

  /** The stored bytes, or empty when there is no such file. */
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(Files.readAllBytes(pathOf(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the evidence file " + key, e);
    }
  }

  /**
   * The SHA-256 of the stored file, read in small blocks (a file of the evidence bundle is never
   * held in memory whole), or empty when there is no such file.
   */
  public Optional<String> sha256Of(String key) {
    try (InputStream in = open(key)) {
      MessageDigest digest = sha256();
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the evidence file " + key, e);
    }
  }

  /**
   * The stored file as a stream, for a caller that streams it on.
   *
   * @throws NoSuchFileException when there is no such file
   */
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(pathOf(key));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Where a key's file is. Only a SHA-256 in hexadecimal is a key, so the path is always a direct
   * child of the directory.
   */
  Path pathOf(String key) {
    if (!UploadedFile.isSha256(key)) {
      throw new IllegalArgumentException("Not a storage key: " + key);
    }
    Path path = directory.resolve(key).normalize();
    if (!directory.equals(path.getParent())) {
      throw new IllegalArgumentException("Outside the evidence directory: " + key);
    }
    return path;
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
