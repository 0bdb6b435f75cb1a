package briefing.crossref.people;

import briefing.crossref.Spelling;
import java.util.Map;

/**
 * Whether two first names can be one person's: transliteration variants ("Arkady" / "Arkadi",
 * "Aleksandr" / "Alexander"), an initial ("J." / "Joe"), or a common English short form ("Joe" /
 * "Joseph").
 */
final class GivenNames {
  /** Common English short forms and the full name each stands for. */
  private static final Map<String, String> SHORT = Map.ofEntries(
      Map.entry("joe", "joseph"), Map.entry("tony", "anthony"), Map.entry("bill", "william"),
      Map.entry("will", "william"), Map.entry("bob", "robert"), Map.entry("rob", "robert"),
      Map.entry("mike", "michael"), Map.entry("jim", "james"), Map.entry("jimmy", "james"),
      Map.entry("tom", "thomas"), Map.entry("dick", "richard"), Map.entry("rick", "richard"),
      Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"), Map.entry("kate", "katherine"),
      Map.entry("chris", "christopher"), Map.entry("dan", "daniel"), Map.entry("dave", "david"),
      Map.entry("steve", "steven"), Map.entry("ben", "benjamin"), Map.entry("nick", "nicholas"),
      Map.entry("sam", "samuel"), Map.entry("alex", "alexander"), Map.entry("ted", "edward"),
      Map.entry("ed", "edward"), Map.entry("andy", "andrew"), Map.entry("pete", "peter"),
      Map.entry("matt", "matthew"), Map.entry("greg", "gregory"), Map.entry("jon", "jonathan"),
      Map.entry("sue", "susan"), Map.entry("meg", "margaret"), Map.entry("peg", "margaret"),
      Map.entry("ron", "ronald"), Map.entry("tim", "timothy"), Map.entry("chuck", "charles"),
      Map.entry("charlie", "charles"), Map.entry("jack", "john"), Map.entry("jerry", "gerald"),
      Map.entry("larry", "lawrence"), Map.entry("jeff", "jeffrey"), Map.entry("don", "donald"),
      Map.entry("ken", "kenneth"), Map.entry("pat", "patrick"), Map.entry("fred", "frederick"),
      Map.entry("hank", "henry"), Map.entry("ray", "raymond"), Map.entry("jenny", "jennifer"),
      Map.entry("kathy", "katherine"), Map.entry("debbie", "deborah"), Map.entry("patty", "patricia"),
      Map.entry("betsy", "elizabeth"), Map.entry("mick", "michael"), Map.entry("gerry", "gerald"),
      Map.entry("sandy", "sandra"), Map.entry("sandi", "sandra"), Map.entry("jacqui", "jacqueline"),
      Map.entry("jackie", "jacqueline"), Map.entry("becky", "rebecca"), Map.entry("vicky", "victoria"),
      Map.entry("mandy", "amanda"), Map.entry("gill", "gillian"), Map.entry("trish", "patricia"),
      Map.entry("tricia", "patricia"), Map.entry("nicky", "nicola"), Map.entry("maggie", "margaret"),
      Map.entry("abby", "abigail"), Map.entry("phil", "philip"), Map.entry("tommy", "thomas"),
      Map.entry("danny", "daniel"), Map.entry("johnny", "john"), Map.entry("bobby", "robert"),
      Map.entry("billy", "william"), Map.entry("willie", "william"), Map.entry("jamie", "james"),
      Map.entry("harry", "henry"), Map.entry("walt", "walter"), Map.entry("stan", "stanley"),
      Map.entry("vince", "vincent"), Map.entry("doug", "douglas"), Map.entry("russ", "russell"),
      Map.entry("terry", "terence"), Map.entry("geoff", "geoffrey"), Map.entry("di", "diana"));

  private GivenNames() {}

  /** Whether {@code a} and {@code b} can name the same person. */
  static boolean same(String a, String b) {
    String x = Spelling.phonetic(full(a));
    String y = Spelling.phonetic(full(b));
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0); // "T. Hallor"
    }
    return Spelling.close(x, y);
  }

  private static String full(String name) {
    String plain = Spelling.plain(name);
    return SHORT.getOrDefault(plain, plain);
  }
}
