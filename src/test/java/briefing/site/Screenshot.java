package briefing.site;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A screenshot read back from its PNG, to check that the browser drew the page it was asked for. */
record Screenshot(int width, int height, int[] pixels) {
  /** Below this share of pixels apart from the background, a page counts as blank. */
  private static final double DRAWN = 0.005;

  static Screenshot read(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException(png + " is not an image ImageIO can read");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    return new Screenshot(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }

  /**
   * What is wrong with this screenshot of a page emulated at {@code width}×{@code height} in the
   * given colour scheme: another size, nothing drawn on the background, or a background of the
   * wrong lightness for the scheme (light wants a light background, dark a dark one).
   */
  Optional<String> problem(int expectedWidth, int expectedHeight, String scheme) {
    if (width != expectedWidth || height != expectedHeight) {
      return Optional.of(width + "×" + height + " pixels, not the emulated " + expectedWidth + "×" + expectedHeight);
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (int pixel : pixels) {
      counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
    }
    Map.Entry<Integer, Integer> background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    double drawn = 1 - background.getValue() / (double) pixels.length;
    if (drawn < DRAWN) {
      return Optional.of(String.format("blank: only %.2f%% of the pixels differ from the background", drawn * 100));
    }
    double lightness = lightness(background.getKey());
    boolean dark = scheme.equals("dark");
    if (dark ? lightness > 0.5 : lightness < 0.5) {
      return Optional.of(String.format("the background #%06x is %s for the %s scheme", background.getKey(),
          dark ? "light" : "dark", scheme));
    }
    return Optional.empty();
  }

  /** Whether two screenshots have the same pixels. */
  boolean sameAs(Screenshot other) {
    return width == other.width && height == other.height && Arrays.equals(pixels, other.pixels);
  }

  /** Relative luminance of an sRGB colour, 0 for black to 1 for white (WCAG 2.1's formula). */
  private static double lightness(int rgb) {
    return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
