package briefing.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fifty U.S. states and the District of Columbia, by name and by the short forms American
 * news writes beside a lawmaker's name: the Associated Press's ("R-Ariz.", "D-N.C.") and the
 * postal codes ("R-AZ"). A second reference ("the Arizona Republican") is to the lawmaker whose
 * party and state these give.
 */
public final class UsStates {
  /** Each state: its name, then its AP abbreviation (none where AP writes the name) and postal code. */
  private static final String TABLE = """
      Alabama Ala. AL|Alaska - AK|Arizona Ariz. AZ|Arkansas Ark. AR|California Calif. CA|
      Colorado Colo. CO|Connecticut Conn. CT|Delaware Del. DE|Florida Fla. FL|Georgia Ga. GA|
      Hawaii - HI|Idaho - ID|Illinois Ill. IL|Indiana Ind. IN|Iowa - IA|Kansas Kan. KS|
      Kentucky Ky. KY|Louisiana La. LA|Maine - ME|Maryland Md. MD|Massachusetts Mass. MA|
      Michigan Mich. MI|Minnesota Minn. MN|Mississippi Miss. MS|Missouri Mo. MO|Montana Mont. MT|
      Nebraska Neb. NE|Nevada Nev. NV|New_Hampshire N.H. NH|New_Jersey N.J. NJ|New_Mexico N.M. NM|
      New_York N.Y. NY|North_Carolina N.C. NC|North_Dakota N.D. ND|Ohio - OH|Oklahoma Okla. OK|
      Oregon Ore. OR|Pennsylvania Pa. PA|Rhode_Island R.I. RI|South_Carolina S.C. SC|
      South_Dakota S.D. SD|Tennessee Tenn. TN|Texas Tex. TX|Utah - UT|Vermont Vt. VT|
      Virginia Va. VA|Washington Wash. WA|West_Virginia W.Va. WV|Wisconsin Wis. WI|
      Wyoming Wyo. WY|District_of_Columbia D.C. DC""";
  /** Each state's name by every way of writing it, in lower case with no dots or spaces. */
  private static final Map<String, String> BY_FORM = new HashMap<>();

  static {
    for (String entry : TABLE.replace("\n", "").split("\\|")) {
      String[] forms = entry.strip().split(" ");
      String name = forms[0].replace('_', ' ');
      for (String form : forms) {
        if (!form.equals("-")) {
          BY_FORM.put(squeezed(form.replace('_', ' ')), name);
        }
      }
    }
    // older and other AP forms still in print
    BY_FORM.put("wva", "West Virginia");
    BY_FORM.put("wisc", "Wisconsin");
    BY_FORM.put("penn", "Pennsylvania");
    BY_FORM.put("tenn", "Tennessee");
  }

  private UsStates() {}

  /**
   * The state {@code written} names, by name ("North Carolina"), abbreviation ("N.C.", "Ariz.")
   * or postal code ("NC"), or null.
   */
  public static String of(String written) {
    return written == null ? null : BY_FORM.get(squeezed(written));
  }

  private static String squeezed(String form) {
    return form.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
  }
}
