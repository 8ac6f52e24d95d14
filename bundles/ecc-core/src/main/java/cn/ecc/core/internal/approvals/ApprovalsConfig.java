package cn.ecc.core.internal.approvals;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 审批流程",
        description = "各审批事项依次经过的审批环节，每个环节填一个角色标识；同一环节可由几个角色之一审批时用 | 分隔（如 chief|deputy）。"
                + "修改只影响此后提出的申请")
public @interface ApprovalsConfig {

    @AttributeDefinition(name = "案款发放", description = "制度第 3 条：执行局长审批")
    String[] disbursement() default {"chief"};

    @AttributeDefinition(name = "案款延期发放", description = "制度第 3 条：执行局长审批")
    String[] delayedDisbursement() default {"chief"};

    @AttributeDefinition(name = "承办法官变更", description = "制度第 3、13 条：执行局长签批")
    String[] handlerChange() default {"chief"};

    @AttributeDefinition(name = "纳入失信/限高", description = "制度第 8 条：分管院领导审批")
    String[] restrictionListing() default {"court-leader"};

    @AttributeDefinition(name = "撤销失信/限高", description = "制度第 8 条：分管院领导审批后，指挥中心负责人审核")
    String[] restrictionRemoval() default {"court-leader", "center-head"};

    @AttributeDefinition(name = "审限延长",
            description = "制度第 3、13 条：执行局长签批（最高法规定由院长或副院长批准的，可改为 court-leader 或加一环）")
    String[] termExtension() default {"chief"};

    @AttributeDefinition(name = "评估拍卖移交", description = "制度第 9 条：指挥中心负责人审核")
    String[] auctionHandover() default {"center-head"};

    @AttributeDefinition(name = "事项委托", description = "制度第 11 条：执行指挥平台负责人审核")
    String[] outgoingEntrustment() default {"center-head"};

    @AttributeDefinition(name = "司法救助", description = "制度第 24 条：指挥中心审核，执行局长审批")
    String[] judicialAid() default {"center-head", "chief"};
}
