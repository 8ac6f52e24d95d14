package cn.ecc.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 登录与账户安全",
        description = "密码散列、登录失败锁定、已验证凭据缓存、登录令牌，以及 Karaf 控制台/SSH 中的角色")
public @interface SecurityConfig {

    @AttributeDefinition(name = "连续登录失败次数上限", description = "连续失败达到此次数即锁定账户")
    int maxFailedLogins() default 5;

    @AttributeDefinition(name = "锁定时长（分钟）", description = "锁定期间无论密码对错一律拒绝登录；管理员可提前解锁")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "密码散列迭代次数",
            description = "PBKDF2-HMAC-SHA256 迭代次数（不少于 10000）；已有密码在下次成功登录时按新次数重新散列")
    int passwordIterations() default 600_000;

    @AttributeDefinition(name = "密码最短长度")
    int passwordMinLength() default 10;

    @AttributeDefinition(name = "已验证凭据缓存（秒）",
            description = "HTTP Basic 客户端每次请求都带密码：此时间内相同凭据不再重复慢速校验。改密码、改角色、锁定或停用时"
                    + "本实例立即失效，共用数据库的其他实例在此时间内失效")
    int credentialCacheSeconds() default 120;

    @AttributeDefinition(name = "登录令牌有效期（小时）")
    int tokenHours() default 8;

    @AttributeDefinition(name = "系统管理员在 Karaf 中的角色", description = "持有 admin 角色的工作人员登录控制台/SSH 时获得")
    String[] adminKarafRoles() default {"admin", "manager", "viewer", "systembundles", "ssh"};

    @AttributeDefinition(name = "其他工作人员在 Karaf 中的角色",
            description = "默认仅 ssh：可登录并使用 ecc:* 命令（按本人权限），不能使用 Karaf 自身的管理命令；清空则不能登录控制台")
    String[] staffKarafRoles() default {"ssh"};

    @AttributeDefinition(name = "JAAS 域优先级", description = "高于 Karaf 自带 karaf 域（0），SSH、bin/client 即使用本系统账户")
    int jaasRealmRank() default 100;
}
