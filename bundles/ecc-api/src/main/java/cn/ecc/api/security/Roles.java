package cn.ecc.api.security;

import java.util.List;

/**
 * The role ids of the product (SPEC §1). One person may hold several. Which permissions each role grants
 * is per-court data, not code.
 */
public final class Roles {

    public static final String CHIEF = "chief";
    public static final String DEPUTY = "deputy";
    public static final String COURT_LEADER = "court-leader";
    public static final String CENTER_HEAD = "center-head";
    public static final String JUDGE = "judge";
    public static final String OFFICER = "officer";
    public static final String CLERK = "clerk";
    public static final String FUNDS_OFFICER = "funds-officer";
    public static final String AUCTION_OFFICER = "auction-officer";
    public static final String INQUIRY_OFFICER = "inquiry-officer";
    public static final String ARCHIVIST = "archivist";
    public static final String NODE_MANAGER = "node-manager";
    public static final String PETITION_OFFICER = "petition-officer";
    public static final String CLOSURE_OFFICER = "closure-officer";
    public static final String PUBLICITY = "publicity";
    public static final String INSPECTOR = "inspector";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CHIEF, DEPUTY, COURT_LEADER, CENTER_HEAD, JUDGE, OFFICER, CLERK,
            FUNDS_OFFICER, AUCTION_OFFICER, INQUIRY_OFFICER, ARCHIVIST, NODE_MANAGER, PETITION_OFFICER,
            CLOSURE_OFFICER, PUBLICITY, INSPECTOR, ADMIN);

    private Roles() {
    }

    /** The role's Chinese name. */
    public static String label(String role) {
        return switch (role) {
            case CHIEF -> "执行局长";
            case DEPUTY -> "副局长/局长助理";
            case COURT_LEADER -> "分管院领导";
            case CENTER_HEAD -> "指挥中心主任";
            case JUDGE -> "执行法官";
            case OFFICER -> "执行员";
            case CLERK -> "书记员/法官助理";
            case FUNDS_OFFICER -> "案款专员";
            case AUCTION_OFFICER -> "网拍专员";
            case INQUIRY_OFFICER -> "集中查控";
            case ARCHIVIST -> "卷宗管理";
            case NODE_MANAGER -> "节点管理";
            case PETITION_OFFICER -> "信访专员";
            case CLOSURE_OFFICER -> "终本管理专员";
            case PUBLICITY -> "宣传专员";
            case INSPECTOR -> "纪检监察";
            case ADMIN -> "系统管理";
            default -> role;
        };
    }
}
