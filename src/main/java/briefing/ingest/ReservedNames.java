package briefing.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names Windows reserves for devices (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension):
 * a page called {@code con.html} cannot be opened, copied or unzipped there, so no article is
 * given one.
 */
final class ReservedNames {
  private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

  private ReservedNames() {}

  static boolean isReserved(String name) {
    return RESERVED.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** The name, or the name with "-1" appended where Windows reserves it ("con" becomes "con-1"). */
  static String avoid(String name) {
    return isReserved(name) ? name + "-1" : name;
  }
}
