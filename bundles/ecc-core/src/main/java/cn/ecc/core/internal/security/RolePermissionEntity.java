package cn.ecc.core.internal.security;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One row of the court's role-permission table: the role grants the permission. */
@Entity
@Table(name = "ECC_ROLE_PERMISSION")
@IdClass(RolePermissionEntity.Key.class)
public class RolePermissionEntity {

    @Id
    @Column(name = "ROLE_ID", length = 64)
    String role;

    @Id
    @Column(name = "PERMISSION", length = 100)
    String permission;

    protected RolePermissionEntity() {
    }

    RolePermissionEntity(String role, String permission) {
        this.role = role;
        this.permission = permission;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String role;
        String permission;

        public Key() {
        }

        Key(String role, String permission) {
            this.role = role;
            this.permission = permission;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(role, k.role) && Objects.equals(permission, k.permission);
        }

        @Override
        public int hashCode() {
            return Objects.hash(role, permission);
        }
    }
}
